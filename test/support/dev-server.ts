/**
 * `npm run dev` as an editor starts it, on other content, for tests: a free
 * port, its output collected, and the whole process group stopped after.
 */
import { createServer } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { BUILD_DATE, ROOT, cleanEnv } from './fixture.ts';

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Polls until `ready()` holds; fails with what the dev server printed. */
export function until(ready: () => boolean | Promise<boolean>, what: string, output: () => string, timeout = 60_000): Promise<void> {
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

export interface DevServer {
  url: string;
  output: () => string;
  /** Resolves once the output contains `text`. */
  printed: (text: string) => Promise<void>;
  /** Resolves once the home page answers. */
  serving: () => Promise<void>;
  stop: () => void;
}

export async function startDevServer(content: string): Promise<DevServer> {
  let output = '';
  const port = await freePort();
  const dev: ChildProcess = spawn('npm', ['run', 'dev', '--silent', '--', '--port', String(port)], {
    cwd: ROOT,
    env: { ...cleanEnv(), CONTENT_DIR: content, BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://localhost:${port}/`;
  const read = () => output;
  return {
    url,
    output: read,
    printed: (text) => until(() => output.includes(text), `printing ${JSON.stringify(text)}`, read),
    serving: () => until(async () => (await fetch(url).catch(() => undefined))?.ok === true, 'serving the home page', read, 90_000),
    stop: () => {
      // The whole group: npm, Astro and any validator it started. It may have stopped already.
      try {
        if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
    },
  };
}
