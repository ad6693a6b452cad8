/**
 * npm run docs:fields [-- --check]
 *
 * Writes the field reference (built from the schema and src/config/) into
 * CONTRIBUTING.md between <!-- fields:start --> and <!-- fields:end -->,
 * leaving the rest of the file alone. With --check it writes nothing and
 * exits 1 when the committed reference is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldReference, spliceFieldReference } from '../src/listing-files/field-reference.ts';
import { parseOptions } from '../src/cli/options.ts';

const { values } = parseOptions(
  {
    options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  },
  'Run "npm run docs:fields -- --help" for the options.',
);
if (values.help) {
  console.log('Usage: npm run docs:fields [-- --check]');
  process.exit(0);
}

const file = 'CONTRIBUTING.md';
const current = readFileSync(file, 'utf8');
let next: string;
try {
  next = spliceFieldReference(current, fieldReference());
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(2);
}

if (values.check) {
  if (next !== current) {
    console.error(`${file} field reference is stale; run npm run docs:fields`);
    process.exit(1);
  }
  console.log(`${file} field reference is up to date`);
} else if (next === current) {
  console.log(`${file} field reference is already up to date`);
} else {
  writeFileSync(file, next);
  console.log(`Updated the field reference in ${file}`);
}
