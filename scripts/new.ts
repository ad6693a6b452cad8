/**
 * npm run new [-- flags]
 *
 * Scaffolds a job listing (src/listing-files/scaffold/cli.ts): asks in a
 * terminal for what the flags did not give, checks the files with the
 * validator and never overwrites one.
 */
import { exitOnFailure } from '../src/cli/failure.ts';
import { scaffoldListing } from '../src/listing-files/scaffold/cli.ts';
import { parseFlags, usage, type Flags } from '../src/listing-files/scaffold/flags.ts';

let flags: Flags;
try {
  flags = parseFlags(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\nRun "npm run new -- --help" for the list of flags.`);
  process.exit(1);
}
if (flags.help) {
  console.log(usage);
  process.exit(0);
}
await exitOnFailure(() => scaffoldListing(flags));
