/**
 * npm run validate [-- [--json] [file ...]]
 *
 * Checks every listing and company profile (or only the files named) with
 * the site's own schema and reports every problem in one run
 * (src/listing-files/validate/cli.ts). Exits 1 on errors, 0 when there are
 * only warnings. Inside GitHub Actions it also prints annotations so
 * problems show on the pull request's diff.
 */
import { parseOptions } from '../src/cli/options.ts';
import { exitOnFailure } from '../src/cli/failure.ts';
import { checkContentDir } from '../src/listing-files/validate/cli.ts';
import { formatForBuild, formatGithub, formatJson, formatText } from '../src/listing-files/validate/report.ts';

const { values, positionals } = parseOptions(
  {
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      // The build's own run: errors in full, warnings counted (report.ts formatForBuild).
      'for-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  'Run "npm run validate -- --help" for the options.',
);
if (values.help) {
  console.log('Usage: npm run validate -- [--json | --for-build] [content/jobs/<slug>.md | content/companies/<id>.md ...]');
  process.exit(0);
}

await exitOnFailure(async () => {
  const { problems, summary } = await checkContentDir(positionals);
  const colour = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
  if (values.json) {
    console.log(formatJson(problems, summary));
  } else if (values['for-build']) {
    console.log(formatForBuild(problems, summary, colour));
  } else {
    if (process.env['GITHUB_ACTIONS'] && problems.length) console.log(formatGithub(problems));
    console.log(formatText(problems, summary, colour));
  }
  process.exitCode = summary.errors > 0 ? 1 : 0;
});
