/** The text of `npm run facts`: which AWS facts in src/aws are due for a re-check. */
import { staleFacts, type FactEntry } from '../../src/aws/fact.ts';

/** Options of the report. */
export interface FactsReportOptions {
  /** Today's date, yyyy-mm-dd. */
  today: string;
  /** A fact is due when it was checked this many months ago or earlier. */
  months: number;
}

/** A plain-text report listing stale facts oldest first, each with its sources to re-read. */
export function factsReport(facts: readonly FactEntry[], { today, months }: FactsReportOptions): string {
  const stale = staleFacts(facts, today, months);
  const lines = [
    `AWS fact ledger: ${facts.length} facts in src/aws, ${stale.length} not re-checked for ${months} months (as of ${today}).`,
  ];
  for (const f of stale) {
    lines.push(
      '',
      `  ${f.id}  last checked ${f.checked}  (${f.confidence === 'aws' ? 'AWS source' : 'second-hand'})`,
    );
    lines.push(`    ${f.en}`);
    for (const url of f.sources) lines.push(`    - ${url}`);
  }
  if (stale.length === 0) lines.push('Every fact was checked within that period.');
  else
    lines.push(
      '',
      'Re-read each source, update the value in src/aws if AWS changed it, and set `checked` to the day you compared.',
    );
  return lines.join('\n');
}
