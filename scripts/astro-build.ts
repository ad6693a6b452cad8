/**
 * `astro build` with a V8 heap limit sized to the machine. Node's default
 * limit is about 4 GB whatever the RAM, and Astro keeps every listing (its
 * markdown and rendered HTML) in memory through the build, so a board of
 * tens of thousands of listings would die with "JavaScript heap out of
 * memory" on a machine with plenty to spare. Three quarters of the RAM
 * leaves room for the OS. A limit set in NODE_OPTIONS wins.
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const userLimit = /--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '');
const heapMb = Math.floor((totalmem() / 2 ** 20) * 0.75);
const flags = userLimit ? [] : [`--max-old-space-size=${heapMb}`];

const result = spawnSync(process.execPath, [...flags, astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
