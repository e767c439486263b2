/** Rule cfn/unresolved-reference: Ref, GetAtt and DependsOn name resources or parameters that exist. */
import { checkedRule } from '../define.ts';
import { template, type RuleExamples } from '../example-docs.ts';
import { IAC } from './shared.ts';
import { arr, entries, get, isIntrinsic, isObj, ptr, type Obj } from '../../value.ts';
import { refTarget } from './template.ts';
import type { TemplateCtx } from './context.ts';

const unresolvedRef = checkedRule({
  area: 'cfn',
  id: 'cfn/unresolved-reference',
  kinds: ['cfn'],
  severity: 'error',
  lesson: IAC,
  summary: {
    ja: 'Ref・!GetAtt・DependsOn が実在するリソースやパラメータを指す',
    en: 'Ref, GetAtt and DependsOn name resources or parameters that exist',
  },
  messages: {
    default: {
      ja: '"{target}" というリソースやパラメータはこのテンプレートにありません。',
      en: 'This template has no resource or parameter named "{target}".',
    },
  },
  checks: { template: check },
});

const PSEUDO = /^AWS::/;

/** Reports each Ref, GetAtt and DependsOn naming neither a resource nor a parameter in `known` (pseudo parameters are fine). */
function check({ t, known, r }: TemplateCtx): void {
  const stack: [unknown, string][] = [
    [get(t, 'Resources'), '/Resources'],
    [get(t, 'Outputs'), '/Outputs'],
  ];
  while (stack.length > 0) {
    const [v, p] = stack.pop() as [unknown, string];
    const target = refTarget(v);
    if (target !== undefined && !known.has(target) && !PSEUDO.test(target))
      r.report(unresolvedRef, p, { target });
    if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, ptr(p, i)]));
    else if (isObj(v) || isIntrinsic(v))
      for (const k of Object.keys(v)) stack.push([(v as Obj)[k], ptr(p, k)]);
  }
  for (const [id, res] of entries(get(t, 'Resources'))) {
    const deps = get(res, 'DependsOn');
    const list = typeof deps === 'string' ? [deps] : arr(deps);
    list.forEach((d, i) => {
      if (typeof d === 'string' && !known.has(d))
        r.report(unresolvedRef, ptr('/Resources', id, 'DependsOn', ...(Array.isArray(deps) ? [i] : [])), {
          target: d,
        });
    });
  }
}

export default unresolvedRef;

/** Documents the rule must flag (with the finding it reports first) and documents it must leave alone. */
export function examples(): RuleExamples {
  return {
    fail: [
      {
        src: template('      TaskRoleArn: !GetAtt MissingRole.Arn'),
        messageId: 'default',
        path: '/Resources/TaskDefinition/Properties/TaskRoleArn',
        line: 46,
      },
    ],
    pass: [template()],
  };
}
