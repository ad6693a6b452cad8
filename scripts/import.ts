/**
 * npm run import [-- [--json] [--timeout <seconds>] [company-id ...]]
 *
 * Imports the jobs of every company profile with an `import:` block (or only
 * the companies named) from its applicant tracking system into content/jobs,
 * and prints a summary per company. Exits 1 when a board failed (after
 * writing what the others produced), 2 when it was started wrongly.
 * IMPORT_GREENHOUSE_URL, IMPORT_LEVER_URL, IMPORT_ASHBY_URL and
 * IMPORT_RECRUITEE_URL send a service's requests to another host.
 */
import { resolve } from 'node:path';
import { parseOptions } from '../src/cli/options.ts';
import { buildDate } from '../src/board/build-date.ts';
import { defaultLimits } from '../src/import/fetch.ts';
import { runImport, UsageError } from '../src/import/run.ts';
import { failedCompanies, formatJson, formatMarkdown } from '../src/import/summary.ts';

const usage = 'Usage: npm run import -- [--json] [--timeout <seconds>] [company-id ...]';
const { values, positionals } = parseOptions(
  {
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  'Run "npm run import -- --help" for the options.',
);
if (values.help) {
  console.log(usage);
  process.exit(0);
}

try {
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0 && timeout <= 600))
    throw new UsageError('--timeout must be a number of seconds from 0.1 to 600');
  const report = await runImport({
    contentDir: resolve(process.env['CONTENT_DIR'] || 'content'),
    today: buildDate(),
    only: positionals,
    limits: timeout === undefined ? defaultLimits : { ...defaultLimits, timeoutMs: timeout * 1000 },
  });
  console.log(values.json ? formatJson(report) : formatMarkdown(report));
  process.exitCode = failedCompanies(report).length ? 1 : 0;
} catch (error) {
  if (!(error instanceof UsageError) && !/BUILD_DATE/.test((error as Error).message)) throw error;
  console.error((error as Error).message);
  process.exitCode = 2;
}
