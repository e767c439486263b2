/** The statements of an IAM policy document, as the IAM rules read them. */
import { arr, get, isObj, ptr, str, type Obj } from '../../value.ts';

/** One statement with its pointer, effect, and its actions and resources as lists. */
export interface Statement {
  readonly s: Obj;
  readonly p: string;
  readonly effect: string | undefined;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

/** Statements of a policy document with their pointers. */
export function statements(doc: unknown, base: string): Statement[] {
  const st = get(doc, 'Statement');
  const list: [unknown, string][] = Array.isArray(st)
    ? st.map((s, i) => [s, ptr(base, 'Statement', i)])
    : [[st, ptr(base, 'Statement')]];
  return list.flatMap(([s, p]) =>
    isObj(s)
      ? [
          {
            s,
            p,
            effect: str(get(s, 'Effect')),
            actions: strings(get(s, 'Action')),
            resources: strings(get(s, 'Resource')),
          },
        ]
      : [],
  );
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return arr(v).filter((x): x is string => typeof x === 'string');
}

/** True when any Allow statement grants `action` (wildcards such as secretsmanager:* count). */
export function allows(stmts: readonly Statement[], action: string): boolean {
  const a = action.toLowerCase();
  return stmts.some(
    (st) =>
      st.effect === 'Allow' &&
      st.actions.some((x) => {
        const pattern = x.toLowerCase();
        if (pattern === '*' || pattern === a) return true;
        if (!pattern.includes('*')) return false;
        const re = new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
        return re.test(a);
      }),
  );
}
