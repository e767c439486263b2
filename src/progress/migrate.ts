/**
 * Migrations of the stored progress document between versions. Each step takes a document of
 * version n and returns one of version n + 1, keeping every field it does not understand, so an
 * update of the site never loses progress. Documents newer than the site are refused (the caller
 * keeps them as a backup).
 */
type Doc = Record<string, unknown>;

/** Step n turns a version-n document into a version-(n + 1) document. */
export const MIGRATIONS: Readonly<Record<number, (doc: Doc) => Doc>> = {
  // Version 2 adds the lessons read; version 1 documents had none.
  1: (doc) => ({ ...doc, version: 2, lessons: {} }),
};

/**
 * Brings a parsed document up to `target`, or returns undefined when its version is unknown
 * (missing, not an integer, newer than `target`, or without a migration path).
 */
export function migrateToCurrent(doc: Doc, target: number): Doc | undefined {
  let current = doc;
  for (let step = 0; step < 100; step += 1) {
    const version = current['version'];
    if (version === target) return current;
    if (typeof version !== 'number' || !Number.isInteger(version) || version > target) return undefined;
    const migrate = Object.prototype.hasOwnProperty.call(MIGRATIONS, version)
      ? MIGRATIONS[version]
      : undefined;
    if (!migrate) return undefined;
    current = migrate(current);
  }
  return undefined;
}
