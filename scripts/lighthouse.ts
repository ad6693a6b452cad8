/**
 * npm run lighthouse -- [--dist dist] [--out bench/.output] [--runs 3] [--no-fail] [page...]
 *
 * Runs Lighthouse on four key pages of a built site, or only the pages
 * named (src/bench/lighthouse/run.ts). Prints a table and writes it to
 * <out>/lighthouse.md and .json, with each page's full report in
 * <out>/lighthouse/. Exits 1 when a category scores below 100 or a page
 * shifts its layout (CLS above 0), unless --no-fail; 2 when it cannot run.
 *
 * It builds nothing: run `npm run build` first (with the same BASE_PATH, if
 * any). Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) runs
 * headless on a throwaway profile.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runLighthouse } from '../src/bench/lighthouse/run.ts';
import { belowPerfect } from '../src/bench/lighthouse/summary.ts';
import { parseOptions } from '../src/cli/options.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { chromiumPath } from '../test/support/browser.ts';

const { values, positionals } = parseOptions(
  {
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'bench/.output' },
      runs: { type: 'string', default: '3' },
      'no-fail': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  'Run "npm run lighthouse -- --help" for the options.',
);

if (values.help) {
  console.log(`Usage: npm run lighthouse -- [options] [home|job|category|search ...]

  --dist DIR   the built site (default dist; run \`npm run build\` first)
  --out DIR    where lighthouse.md, lighthouse.json and lighthouse/<page>.html|json go (default bench/.output)
  --runs N     Lighthouse runs a page; the median run is reported (default 3)
  --no-fail    exit 0 even when a score is below 100 or CLS is above 0`);
  process.exit(0);
}

const dist = resolve(values.dist);
const base = normalizeBase(process.env['BASE_PATH']);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number from 1 up, not "${values.runs}".`);
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(2);
}
if (!chromiumPath) {
  console.error('Lighthouse needs Chromium and found none: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  process.exit(2);
}

const { pages, markdown } = await runLighthouse({ dist, base, out: values.out, runs, only: positionals, chromiumPath });
console.log(
  `\n${markdown}\nWrote ${join(values.out, 'lighthouse.md')} and .json, and the full reports in ${join(values.out, 'lighthouse')}/.`,
);

const short = belowPerfect(pages);
if (short.length) {
  const message = `Below 100, or CLS above 0: ${short.map((p) => p.name).join(', ')}.`;
  if (!values['no-fail']) {
    console.error(message);
    process.exit(1);
  }
  console.log(`${message} (--no-fail: exit 0)`);
}
