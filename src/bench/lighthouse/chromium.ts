/** Chromium on a throwaway profile with a DevTools port, for Lighthouse to drive. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../../test/support/browser.ts';

/** Starts Chromium with a DevTools port for Lighthouse to drive. */
export async function launchChromium(executable: string): Promise<{ port: number; version: string; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'openings-lighthouse-'));
  const child = spawn(executable, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((found, fail) => {
      let stderr = '';
      const timer = setTimeout(() => fail(new Error(`Chromium opened no DevTools port within 30 s:\n${stderr}`)), 30_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^/]+:(\d+)\//.exec(stderr);
        if (match) {
          clearTimeout(timer);
          found(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Chromium exited (${code}) before it opened a DevTools port:\n${stderr}`));
      });
    });
    // The user agent says 156.0.0.0 (reduced); DevTools gives the full version.
    const { Browser } = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { Browser: string };
    return { port, version: Browser.replace(/^(Headless)?Chrome\//, 'Chromium '), close };
  } catch (error) {
    await close();
    throw error;
  }
}
