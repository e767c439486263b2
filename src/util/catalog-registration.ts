/**
 * Checks that a catalogue kept as one file per entry plus one sequence index agrees with itself,
 * as Learn Git Branching keeps one file per level and the order in `levelSequences`. The caller
 * passes the modules of the catalogue folder (for instance from `import.meta.glob`), the ordered
 * list the index exports and a test that recognises an entry; the answer is one sentence per problem.
 */

/** What a catalogue registration check needs to know. */
export interface Registration<T extends { id: string }> {
  /** What the entries are called in messages, e.g. "exercise". */
  noun: string;
  /** Every module of the catalogue folder, by path (the file name without `.ts` is the entry's id). */
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The sequence index's ordered list. */
  registered: readonly T[];
  /** True for a value that is an entry of this catalogue. */
  isEntry: (value: unknown) => value is T;
  /** The folder an entry's file must sit in (its last path segment), when the catalogue has folders. */
  folderOf?: (entry: T) => string;
}

function fileParts(path: string): { folder: string; name: string } {
  const segments = path.split('/');
  const file = segments.at(-1) ?? '';
  return { folder: segments.at(-2) ?? '', name: file.replace(/\.ts$/, '') };
}

function moduleProblems<T extends { id: string }>(reg: Registration<T>, path: string): string[] {
  const entries = Object.values(reg.modules[path] ?? {}).filter(reg.isEntry);
  const [entry] = entries;
  if (entry === undefined) return [`${path} exports no ${reg.noun}`];
  if (entries.length > 1) return [`${path} exports ${entries.length} ${reg.noun}s; keep one per file`];
  const problems: string[] = [];
  const { folder, name } = fileParts(path);
  if (entry.id !== name)
    problems.push(`${path} holds the ${reg.noun} "${entry.id}"; name the file ${entry.id}.ts`);
  const expected = reg.folderOf?.(entry);
  if (expected !== undefined && expected !== folder) {
    problems.push(`${path} holds the ${reg.noun} "${entry.id}", which belongs in ${expected}/`);
  }
  if (!reg.registered.includes(entry)) problems.push(`${path}: "${entry.id}" is not in the sequence index`);
  return problems;
}

/** Every way the catalogue folder and its sequence index disagree; empty when they match. */
export function registrationProblems<T extends { id: string }>(reg: Registration<T>): string[] {
  const problems = Object.keys(reg.modules)
    .sort()
    .flatMap((path) => moduleProblems(reg, path));
  const seen = new Set<string>();
  for (const entry of reg.registered) {
    if (seen.has(entry.id)) problems.push(`the sequence index lists "${entry.id}" twice`);
    seen.add(entry.id);
    const file = Object.entries(reg.modules).find(
      ([path, exports]) => fileParts(path).name === entry.id && Object.values(exports).includes(entry),
    );
    if (file === undefined)
      problems.push(`the sequence index lists "${entry.id}", but no ${entry.id}.ts exports it`);
  }
  return problems;
}
