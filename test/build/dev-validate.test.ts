/**
 * `npm run dev` reports what the validator finds (src/integrations/dev-validation.ts):
 * before it starts, and for each listing as it is saved. Runs the real dev server on fixture content.
 */
import { afterEach, describe, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { BUILD_DATE, OUTPUT, ROOT, cleanEnv, writeFixtureContent } from '../support/fixture.ts';

const content = join(OUTPUT, 'content-dev');
const listing = join(content, 'jobs/remote-europe-birchline.md');
const shown = 'test/.output/content-dev/jobs/remote-europe-birchline.md';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls until `ready()` holds; fails with what the dev server printed. */
function until(ready: () => boolean | Promise<boolean>, what: string, output: () => string, timeout = 60_000): Promise<void> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const poll = async () => {
      if (await ready()) return done();
      if (Date.now() - started > timeout) return fail(new Error(`npm run dev: ${what} never happened; it printed:\n${output()}`));
      setTimeout(() => void poll(), 200);
    };
    void poll();
  });
}

describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  let output = '';
  let port = 0;

  async function startDev() {
    output = '';
    port = await freePort();
    dev = spawn('npm', ['run', 'dev', '--silent', '--', '--port', String(port)], {
      cwd: ROOT,
      env: { ...cleanEnv(), CONTENT_DIR: content, BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
    });
    dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  }
  const printed = (text: string) =>
    until(
      () => output.includes(text),
      `printing ${JSON.stringify(text)}`,
      () => output,
    );

  afterEach(() => {
    // The whole group: npm, Astro and any validator it started. It may have stopped already.
    try {
      if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // Gone already.
    }
  });

  it('says before it starts what is wrong with a listing: file, line, field and fix', async () => {
    writeFixtureContent(content);
    writeFileSync(listing, readFileSync(listing, 'utf8').replace('category: engineering', 'category: design'));
    await startDev();
    await printed(`${shown}:4  error  category: "design" is not a category; did you mean "product-design"?`);
  }, 70_000);

  it('checks a listing again when it is saved', async () => {
    writeFixtureContent(content);
    await startDev();
    const serving = async () => (await fetch(`http://localhost:${port}/`).catch(() => undefined))?.ok === true;
    await until(serving, 'serving the home page', () => output);
    writeFileSync(listing, readFileSync(listing, 'utf8').replace('workplace: remote', 'workplace: moon'));
    await printed(`${shown}:5  error  workplace: "moon"`);
  }, 130_000);
});
