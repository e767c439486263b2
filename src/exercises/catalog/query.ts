/** Small, total readers for goal checks: they never throw on a document of the wrong shape. */

type Key = string | number;

/** The value at a path of keys and indexes, or undefined. Own properties only. */
export function at(value: unknown, ...path: readonly Key[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}

/** The array at a path, or an empty array. */
export function list(value: unknown, ...path: readonly Key[]): readonly unknown[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found : [];
}

/** A number at a path; numeric strings count (task cpu and memory are strings). */
export function numberAt(value: unknown, ...path: readonly Key[]): number | undefined {
  const found = at(value, ...path);
  if (typeof found === 'number' && Number.isFinite(found)) return found;
  if (typeof found === 'string' && /^\d+(\.\d+)?$/.test(found.trim())) return Number(found);
  return undefined;
}

/** The container definition with that name in a task definition. */
export function container(doc: unknown, name: string): unknown {
  return list(doc, 'containerDefinitions').find((c) => at(c, 'name') === name);
}

/** True when a container publishes that container port. */
export function listensOn(doc: unknown, name: string, port: number): boolean {
  return list(container(doc, name), 'portMappings').some((m) => numberAt(m, 'containerPort') === port);
}

/** True when a container's dependsOn names another container with that condition. */
export function dependsOn(doc: unknown, name: string, on: string, condition: string): boolean {
  return list(container(doc, name), 'dependsOn').some(
    (d) => at(d, 'containerName') === on && at(d, 'condition') === condition,
  );
}

/** The value of a named environment variable, or of a named secret's valueFrom. */
export function namedValue(
  doc: unknown,
  name: string,
  field: 'environment' | 'secrets',
  key: string,
): unknown {
  const entry = list(container(doc, name), field).find((e) => at(e, 'name') === key);
  return at(entry, field === 'environment' ? 'value' : 'valueFrom');
}

/** A value as a list of strings (IAM lets Action and Resource be a string or an array). */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The Allow statements of an IAM policy document. */
export function allowStatements(doc: unknown): readonly unknown[] {
  const statement = at(doc, 'Statement');
  const all = Array.isArray(statement) ? statement : statement === undefined ? [] : [statement];
  return all.filter((s) => at(s, 'Effect') === 'Allow');
}

/** True when some Allow statement grants the action (exactly, case-insensitive) on a matching resource. */
export function allows(
  doc: unknown,
  action: string,
  resource: (arn: string) => boolean = () => true,
): boolean {
  const wanted = action.toLowerCase();
  return allowStatements(doc).some(
    (s) =>
      strings(at(s, 'Action')).some((a) => a.toLowerCase() === wanted) &&
      strings(at(s, 'Resource')).some(resource),
  );
}

/** Every action granted by an Allow statement, lower-cased. */
export function allowedActions(doc: unknown): string[] {
  return allowStatements(doc).flatMap((s) => strings(at(s, 'Action')).map((a) => a.toLowerCase()));
}

/** The CloudFormation resources of a type, as [logicalId, resource] pairs. */
export function resourcesOfType(template: unknown, type: string): [string, unknown][] {
  const resources = at(template, 'Resources');
  if (typeof resources !== 'object' || resources === null) return [];
  return Object.entries(resources as Record<string, unknown>).filter(([, r]) => at(r, 'Type') === type);
}

/** The properties of the first resource of a type. */
export function firstProperties(template: unknown, type: string): unknown {
  const first = resourcesOfType(template, type)[0];
  return first ? at(first[1], 'Properties') : undefined;
}
