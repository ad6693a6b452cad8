/**
 * npm run bench -- --jobs 10000 [--companies N] [--seed S] [--build-date YYYY-MM-DD]
 *                  [--query designer] [--keep] [--budget] [--out bench/.output] [--in-place] [--rebuild]
 *
 * Builds a synthetic board of N listings and reports what the build and
 * the built pages cost (src/bench/run.ts). With --budget it exits 1 when
 * over a budget (src/bench/budgets.ts).
 */
import { BenchOptionError, benchOptions, benchOptionSpec, benchUsage, type BenchOptions } from '../src/bench/options.ts';
import { runBench } from '../src/bench/run.ts';
import { parseOptions } from '../src/cli/options.ts';

const { values } = parseOptions(benchOptionSpec, 'Options: docs/performance.md#running-the-benchmark');
if (values.help) {
  console.log(benchUsage);
  process.exit(0);
}

let options: BenchOptions;
try {
  options = benchOptions(values);
} catch (error) {
  if (!(error instanceof BenchOptionError)) throw error;
  console.error(error.message);
  process.exit(2);
}
process.exitCode = await runBench(options);
