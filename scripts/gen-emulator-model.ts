// Writes src/emulator/generated/api-model.json: the input and output shapes of the operations the
// sandbox emulates, read from the AWS SDK's own schemas (@aws-sdk/client-ecs and
// @aws-sdk/client-application-auto-scaling). Run with: node scripts/gen-emulator-model.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApiModel } from './lib/emulator-model.ts';

const out = fileURLToPath(new URL('../src/emulator/generated/api-model.json', import.meta.url));
const text = `${JSON.stringify(await buildApiModel(), null, 1)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error('api-model.json is out of date: run node scripts/gen-emulator-model.ts');
    process.exit(1);
  }
  console.log('api-model.json is up to date');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
