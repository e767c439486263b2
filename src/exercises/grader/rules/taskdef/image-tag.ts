/** Rule taskdef/image-tag: Images are not latest or untagged. */
import { checkedRule, lesson } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { TD } from './shared.ts';
import { get, ptr, str } from '../../value.ts';
import type { ContainerCtx } from './context.ts';
import { imageProblem } from './image-name.ts';

const imageTag = checkedRule({
  area: 'taskdef',
  id: 'taskdef/image-tag',
  kinds: TD,
  severity: 'warning',
  lesson: lesson('11-anti-patterns', 'latest-tag'),
  summary: { ja: 'イメージを latest やタグなしで指定しない', en: 'Images are not latest or untagged' },
  messages: {
    default: {
      ja: 'イメージ "{image}" は タグがありません（latest と同じ意味）。どのバージョンが動くかが決まらず、ロールバックもできません。バージョンタグかダイジェストで固定してください。',
      en: 'Image "{image}" has no tag (it means latest), so what runs can change under you and rollbacks cannot restore it. Pin a version tag or a digest.',
    },
    latest: {
      ja: 'イメージ "{image}" は latest タグです。どのバージョンが動くかが決まらず、ロールバックもできません。バージョンタグかダイジェストで固定してください。',
      en: 'Image "{image}" uses the latest tag, so what runs can change under you and rollbacks cannot restore it. Pin a version tag or a digest.',
    },
  },
  checks: { practice: check },
});

/** The taskdef/image-tag message id for an unpinned image reference, or undefined when pinned. */
export function imageTagProblem(image: string): string | undefined {
  if (image.includes('@sha256:')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'default';
  if (image.slice(colon + 1) === 'latest') return 'latest';
  return undefined;
}

/** Reports a well-formed image without a tag or digest, or tagged latest. */
function check({ ctx, x }: ContainerCtx): void {
  const image = str(get(x.c, 'image'));
  const tag = image && !imageProblem(image) ? imageTagProblem(image) : undefined;
  if (image && tag) ctx.r.report(imageTag, ptr(x.p, 'image'), { image }, tag);
}

export default imageTag;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { image: 'nginx' }),
        messageId: 'default',
        path: '/containerDefinitions/0/image',
        line: 14,
      },
    ],
    pass: [td()],
  };
}
