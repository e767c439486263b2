/** Rule taskdef/image-name: image uses only the characters AWS allows (letters, digits, - _ : . / #, and @ for a digest), at most 255; no pipeline placeholder such as <IMAGE1_NAME> or {{image}} is left. */
import { checkedRule } from '../define.ts';
import { td, type RuleExamples } from '../example-docs.ts';
import { CONTAINERS, TD } from './shared.ts';
import { get, ptr } from '../../value.ts';
import type { ContainerCtx } from './context.ts';

const imageName = checkedRule({
  area: 'taskdef',
  id: 'taskdef/image-name',
  kinds: TD,
  severity: 'error',
  lesson: CONTAINERS,
  summary: {
    ja: 'image が AWS の許す文字（英数字・- _ : . / #、ダイジェストの @）だけで 255 文字以内。<IMAGE1_NAME> や {{image}} のようなパイプラインのプレースホルダーが残っていない',
    en: 'image uses only the characters AWS allows (letters, digits, - _ : . / #, and @ for a digest), at most 255; no pipeline placeholder such as <IMAGE1_NAME> or {{image}} is left',
  },
  messages: {
    default: {
      ja: 'イメージ "{image}" に AWS が許さない文字があるか、255 文字を超えています（英数字と - _ : . / # のみ）。',
      en: 'Image "{image}" has characters AWS does not allow or is longer than 255 characters (letters, digits, - _ : . / # only).',
    },
    placeholder: {
      ja: 'イメージ "{image}" にパイプラインのプレースホルダー {placeholder} が残っています。登録の前に置き換える必要があります（CodePipeline や render-task-definition アクションなどのデプロイ手順が埋めます）。AWS はこの文字を受け付けません。',
      en: 'Image "{image}" still holds the pipeline placeholder {placeholder}, which must be replaced before registration (a deploy step such as CodePipeline or the render-task-definition action fills it in); AWS refuses its characters.',
    },
    digest: {
      ja: 'イメージ "{image}": ダイジェストは sha256: と 16 進数ちょうど 64 文字です。',
      en: 'Image "{image}": a digest is sha256: followed by exactly 64 hexadecimal characters.',
    },
  },
  aws: {
    quote:
      'For images using tags (repository-url/image:tag), up to 255 characters total are allowed, including letters (uppercase and lowercase), numbers, hyphens, underscores, colons, periods, forward slashes, and number signs (#).',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  },
  checks: { container: check },
});

/** A pipeline placeholder left in an image: `<IMAGE1_NAME>` (CodePipeline), `{{image}}`, `${IMAGE}`. */
const PLACEHOLDER = /<[^>]*>|\{\{[^}]*\}\}|\$\{[^}]*\}/;
const IMAGE_CHARS = /^[A-Za-z0-9\-_:./#]+$/;

/**
 * What is wrong with an image reference by AWS's naming rules, as a message id of
 * taskdef/image-name and its params, or undefined.
 */
export function imageProblem(
  image: string,
): { messageId: string; params: Readonly<Record<string, string>> } | undefined {
  const placeholder = PLACEHOLDER.exec(image)?.[0];
  if (placeholder) return { messageId: 'placeholder', params: { image, placeholder } };
  const at = image.indexOf('@');
  const name = at < 0 ? image : image.slice(0, at);
  const digest = at < 0 ? undefined : image.slice(at + 1);
  if (!IMAGE_CHARS.test(name) || name.length > 255) return { messageId: 'default', params: { image } };
  if (digest !== undefined && !/^sha256:[A-Fa-f0-9]{64}$/.test(digest))
    return { messageId: 'digest', params: { image } };
  return undefined;
}

/** Reports a non-empty image string that breaks AWS's image naming rules. */
function check({ ctx, x }: ContainerCtx): void {
  const image = get(x.c, 'image');
  if (typeof image !== 'string' || image === '') return;
  const problem = imageProblem(image);
  if (problem) ctx.r.report(imageName, ptr(x.p, 'image'), problem.params, problem.messageId);
}

export default imageName;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: td({}, { image: '<IMAGE1_NAME>' }),
        messageId: 'placeholder',
        path: '/containerDefinitions/0/image',
        line: 14,
      },
    ],
    pass: [td({}, { image: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/web:1.4.2' })],
  };
}
