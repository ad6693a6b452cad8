/**
 * Runs a real nginx or Caddy with the config `npm run server-config` prints,
 * on a free port of 127.0.0.1, in a throwaway folder. Outside CI a missing
 * server skips those tests, counted in the summary at the end of the run
 * (skip-summary.ts); in CI it is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { everyResponseHeaders } from '../../src/config/security.ts';
import { caddyConfig, nginxConfig, type ServerConfigOptions } from '../../src/hosting/server-config.ts';
import type { TestOptions } from 'vitest';
import { skipWithout } from './missing-tool.ts';

export type WebServerKind = 'nginx' | 'caddy';

/** What the rest of the domain answers when a board lives under a sub-path of it. */
export const otherSite = 'the rest of the site';

export const SERVER_INSTALL_HINT = 'Server config tests need nginx and Caddy: run `sudo apt-get install -y nginx caddy`.';

/** Options for `describe` or `it` that skip it when `kind` is not installed (and fail in CI). */
export function needsWebServer(kind: WebServerKind): TestOptions {
  const versionArgs = { nginx: ['-v'], caddy: ['version'] }[kind];
  const available = spawnSync(kind, versionArgs, { stdio: 'ignore' }).status === 0;
  if (!available && process.env['CI']) throw new Error(`No ${kind} found in CI. ${SERVER_INSTALL_HINT}`);
  return skipWithout(kind, available);
}

export interface RunningWebServer {
  /** Origin without the base path, e.g. http://127.0.0.1:43121 */
  origin: string;
  config: string;
  stop: () => Promise<void>;
}

/** A port of 127.0.0.1 that nothing listens on. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/** nginx.conf around the generated server block, as a distribution ships it. */
function nginxMain(dir: string, site: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${join(dir, name)};`);
  return [
    'worker_processes 1;',
    `error_log ${join(dir, 'error.log')};`,
    `pid ${join(dir, 'nginx.pid')};`,
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temp,
    site,
    '}',
    '',
  ].join('\n');
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server did not start:\n${log()}`);
}

/** `headers`: what every response carries, the board's own settings unless a test gives others. */
export async function startWebServer(
  kind: WebServerKind,
  distDir: string,
  base: string,
  headers = everyResponseHeaders(),
): Promise<RunningWebServer> {
  const dir = mkdtempSync(join(tmpdir(), `openings-${kind}-`));
  const listen = `127.0.0.1:${await freePort()}`;
  const options: ServerConfigOptions = {
    base,
    distDir,
    host: 'localhost',
    listen,
    headers,
  };
  let output = '';
  let child: ChildProcess;
  let config: string;
  if (kind === 'nginx') {
    config = nginxConfig(options);
    // A sub-path board is pasted into an existing site: here one that answers everything else itself.
    const site =
      base === '/'
        ? config
        : `server {\n  listen ${listen};\n  server_name localhost;\n  absolute_redirect off;\n  location / { return 200 "${otherSite}"; }\n${config}}\n`;
    writeFileSync(join(dir, 'nginx.conf'), nginxMain(dir, site));
    child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;']);
  } else {
    config = caddyConfig(options);
    const site = base === '/' ? config : `http://${listen} {\n${config}  handle {\n    respond "${otherSite}" 200\n  }\n}\n`;
    // No admin endpoint and no certificates: a bare local server.
    writeFileSync(join(dir, 'Caddyfile'), `{\n  admin off\n  auto_https off\n}\n${site}`);
    const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
    child = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], { env });
  }
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://${listen}`;
  await waitUntilServing(origin, child, () => output);
  return {
    origin,
    config,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
