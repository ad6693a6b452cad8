/**
 * The first step of `npm run build`: validates the content and runs
 * `astro build` at the same time, then paints social cards ahead while
 * Astro renders. Astro renders on one thread, so on a machine with two or
 * more cores the validator and the card painter use a core that would
 * otherwise sit idle.
 *
 * The validator's verdict still comes first for the editor: Astro's output
 * is held back until validation passes, and if it fails Astro is stopped
 * and only the validator's report is shown. (BUILD_STREAM_ASTRO=1, which
 * the benchmark sets, shows Astro's lines as they come instead.)
 *
 * Astro runs with a V8 heap limit of three quarters of the RAM: Node's
 * default is about 4 GB whatever the machine, and Astro keeps every listing
 * in memory through the build, so a board of tens of thousands of listings
 * would die with "JavaScript heap out of memory" on a machine with plenty to
 * spare. A limit set in NODE_OPTIONS wins.
 */
import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { exited } from './exited.ts';
import { siteUrlProblem } from '../lib/urls.ts';

// A mistyped SITE_URL would otherwise stop Astro with "Invalid URL", or quietly build at the wrong address.
const configProblem = siteUrlProblem(process.env['SITE_URL'], process.env['BASE_PATH']);
if (configProblem) {
  console.error(`✖ ${configProblem}`);
  process.exit(2);
}

const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const astroBin = script('../../node_modules/astro/bin/astro.mjs');
const userLimit = /--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '');
const heapFlags = userLimit ? [] : [`--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`];

// Piped output loses the terminal's colours unless asked for.
const env = process.stdout.isTTY && !process.env['NO_COLOR'] ? { ...process.env, FORCE_COLOR: '1' } : process.env;
const astro = spawn(process.execPath, [...heapFlags, astroBin, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env,
});
let astroRunning = true;
const astroExit = exited(astro).finally(() => (astroRunning = false));
const held: [NodeJS.WriteStream, Buffer][] = [];
// The benchmark asks for Astro's lines as they happen, to time Astro's phases.
let holding = process.env['BUILD_STREAM_ASTRO'] !== '1';
for (const [from, to] of [
  [astro.stdout!, process.stdout],
  [astro.stderr!, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
}

const validation = await exited(spawn(process.execPath, [script('../../scripts/validate.ts')], { stdio: 'inherit' }));
if (validation !== 0) {
  astro.kill();
  await astroExit;
  process.exitCode = validation;
} else {
  holding = false;
  for (const [to, chunk] of held.splice(0)) to.write(chunk);
  // The warmer's report waits until Astro is done, so it never lands in the middle of one of Astro's lines.
  const warmer = astroRunning
    ? spawn(process.execPath, [script('../social/warm-cache.ts')], { stdio: ['ignore', 'pipe', 'inherit'] })
    : undefined;
  const report: Buffer[] = [];
  warmer?.stdout!.on('data', (chunk: Buffer) => report.push(chunk));
  const warmerExit = warmer ? exited(warmer) : undefined;
  process.exitCode = await astroExit;
  warmer?.kill();
  await warmerExit;
  for (const chunk of report) process.stdout.write(chunk);
}
