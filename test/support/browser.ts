/**
 * Finds and launches Debian's Chromium for browser tests. Outside CI a
 * missing browser skips the browser tests, counted in the summary at the end
 * of the run (skip-summary.ts); in CI (CI=true) it is a failure.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, type TestOptions } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { serveDist, type StaticServer } from './serve.ts';
import { skipWithout } from './missing-tool.ts';

const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

export const chromiumPath = candidates.find((p) => existsSync(p));

export const INSTALL_HINT = 'Browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).';

/** Options for `describe` or `it` that skip it when there is no Chromium (and fail in CI). */
export function needsBrowser(): TestOptions {
  if (!chromiumPath && process.env['CI']) throw new Error(`No Chromium found in CI. ${INSTALL_HINT}`);
  return skipWithout('chromium', Boolean(chromiumPath));
}

/** Headless, and quiet: no first-run UI and nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/**
 * Serves `dist` (as `serveDist` does) and launches Chromium before the tests
 * of the enclosing `describe`, and closes both after them. The returned
 * object is filled in by `beforeAll`, so read it inside tests only.
 */
export function browseDist(...serveArgs: Parameters<typeof serveDist>): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveDist(...serveArgs);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
