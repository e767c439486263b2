/**
 * Lists the AWS facts in src/aws that nobody has compared with their sources for 12 months.
 * A report, not a check: it always exits 0 (2 only for a usage mistake).
 * Run: npm run facts [-- --months 6] [-- --today 2027-01-31]
 */
import { parseArgs } from 'node:util';
import { FACTS } from '../src/aws/ledger.ts';
import { isoDateDays } from '../src/aws/fact.ts';
import { factsReport } from './lib/facts-report.ts';

const { values } = parseArgs({
  options: { months: { type: 'string', default: '12' }, today: { type: 'string' } },
});
const today = values.today ?? new Date().toISOString().slice(0, 10);
const months = Number(values.months);
if (isoDateDays(today) === undefined || !Number.isInteger(months) || months < 1) {
  console.error('usage: npm run facts [-- --months <whole number ≥ 1>] [-- --today yyyy-mm-dd]');
  process.exit(2);
}
console.log(factsReport(FACTS, { today, months }));
