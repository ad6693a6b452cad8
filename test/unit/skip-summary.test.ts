import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv, ROOT } from '../support/fixture.ts';
import { skipSummary } from '../support/skip-summary.ts';

describe('skip summary', () => {
  it('counts the tests a missing program skipped in a real run, and names the install command', () => {
    const dir = join(ROOT, 'test/fixtures/skip-summary');
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', join(dir, 'vitest.config.ts')],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...cleanEnv(), NO_COLOR: '1' },
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/Tests\s+1 passed \| 5 skipped \(6\)/);
    // The last line; the hand-skipped test and the one whose program was there are not counted.
    expect(output.trimEnd().split('\n').at(-1)).toBe(
      '⚠ Skipped 4 tests for want of Chromium (3 tests) and nginx (1 test). To run them: sudo apt-get install -y chromium nginx (or point CHROMIUM_PATH at a Chromium)',
    );
  });

  it('says nothing when no program was missing', () => {
    expect(skipSummary(new Map())).toBeUndefined();
  });

  it('lists every missing program in one line', () => {
    expect(
      skipSummary(
        new Map([
          ['nginx', 4],
          ['caddy', 1],
        ]),
      ),
    ).toBe('⚠ Skipped 5 tests for want of nginx (4 tests) and Caddy (1 test). To run them: sudo apt-get install -y nginx caddy');
  });
});
