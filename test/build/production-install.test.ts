/**
 * What hosts with NODE_ENV=production run: `npm ci --omit=dev`, then
 * `npm run build`. Everything the build needs must be in `dependencies`
 * (the pinned Node, Astro, Pagefind, the validator's parsers, sharp…), and
 * nothing it runs may come from `devDependencies`. A copy of this checkout
 * (its tracked and untracked files, not node_modules) is installed and built.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { BUILD_DATE, ROOT, cleanEnv } from '../support/fixture.ts';

const copy = mkdtempSync(join(tmpdir(), 'openings-production-'));

describe('npm ci --omit=dev, then npm run build', () => {
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('installs no dev tool and builds the site', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && existsSync(join(ROOT, file)));
    for (const file of files) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(ROOT, file), join(copy, file));
    }
    const env = { ...cleanEnv(), NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE };
    const install = spawnSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: copy,
      env,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    for (const devTool of ['vitest', 'playwright-core', 'eslint', 'typescript'])
      expect(existsSync(join(copy, 'node_modules', devTool)), devTool).toBe(false);

    const build = spawnSync('npm', ['run', 'build'], { cwd: copy, env, encoding: 'utf8' });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const built of ['index.html', 'search/index.html', 'pagefind/pagefind.js', '_headers', 'feed.xml']) {
      expect(existsSync(join(copy, 'dist', built)), built).toBe(true);
    }
  }, 600_000);
});
