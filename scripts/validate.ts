/**
 * npm run validate [-- [--json] [file ...]]
 *
 * Checks every listing and company profile (or only the files named) with
 * the site's own schema and reports every problem in one run. Exits 1 on
 * errors, 0 when there are only warnings. Inside GitHub Actions it also
 * prints annotations so problems show on the pull request's diff.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateContent } from '../src/listing-files/validate/validate.ts';
import { summarize } from '../src/listing-files/problem.ts';
import { formatGithub, formatJson, formatText } from '../src/listing-files/validate/report.ts';
import { buildDate } from '../src/board/build-date.ts';
import { site } from '../src/config/site.ts';
import { undecodableImage } from '../src/listing-files/validate/decode-image.ts';
import { byLocation, type Problem } from '../src/listing-files/problem.ts';
import { displayPath, logoImagePaths, markdownFiles, strayEntries } from '../src/listing-files/content-dir.ts';
import { parseOptions } from '../src/cli/options.ts';

const { values, positionals } = parseOptions(
  {
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  },
  'Run "npm run validate -- --help" for the options.',
);
if (values.help) {
  console.log('Usage: npm run validate -- [--json] [content/jobs/<slug>.md | content/companies/<id>.md ...]');
  process.exit(0);
}

const jobs = markdownFiles('jobs');
const companies = markdownFiles('companies');
const only = positionals.length ? new Set(positionals.map((p) => displayPath(resolve(p)))) : undefined;

let today: string;
try {
  today = buildDate();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// Decoding needs sharp, which is asynchronous, so it happens here and validateContent gets the results.
const undecodableImages = new Map<string, string>();
for (const path of logoImagePaths()) {
  const reason = await undecodableImage(readFileSync(path));
  if (reason) undecodableImages.set(path, reason);
}

const problems = validateContent({
  jobs,
  companies,
  // Only regular files: a logo that is a link could point anywhere on the build machine.
  readFile: (path) => (existsSync(path) && lstatSync(path).isFile() ? readFileSync(path) : undefined),
  undecodableImages,
  today,
  defaultExpiryDays: site.defaultExpiryDays,
  only,
});
// Links, folders and other files in content/ that the site would never show must not pass silently either.
const stray = [...strayEntries('jobs'), ...strayEntries('companies')].map(({ path, message }): Problem => ({
  file: path,
  line: 1,
  field: 'file',
  message,
  severity: 'error',
}));
problems.push(...(only ? stray.filter((p) => only.has(p.file)) : stray));
// A named file that is missing, or is not a listing, must not pass silently.
const known = new Set([...jobs, ...companies, ...stray.map((p) => ({ path: p.file }))].map((f) => f.path));
for (const path of only ?? []) {
  if (known.has(path)) continue;
  const message = !existsSync(path)
    ? 'was not found; check the path'
    : !path.endsWith('.md')
      ? 'is not a .md file; name listings content/jobs/<slug>.md and profiles content/companies/<id>.md'
      : 'is not in content/jobs/ or content/companies/, so the site would never show it; move it there';
  problems.push({ file: path, line: 1, field: 'file', message, severity: 'error' });
}
problems.sort(byLocation);
const checked = only ? only.size : jobs.length + companies.length;
const summary = summarize(problems, checked);

if (values.json) {
  console.log(formatJson(problems, summary));
} else {
  if (process.env['GITHUB_ACTIONS'] && problems.length) console.log(formatGithub(problems));
  const colour = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
  console.log(formatText(problems, summary, colour));
}
process.exitCode = summary.errors > 0 ? 1 : 0;
