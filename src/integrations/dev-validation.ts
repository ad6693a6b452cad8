/**
 * `npm run dev` runs the validator too: once before it starts, and on each
 * listing or profile as it is saved. Astro's own message for an entry its
 * schema refuses is terse: at start it stops the server with
 * "InvalidContentEntryDataError", and later the job just vanishes (a 404).
 * The validator says which file, line and field, and how to fix it.
 */
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';

const validator = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
/** Saves arrive in bursts (an editor writing several files, a branch switch): one run for each burst. */
const settleMs = 300;
/** Its report as plain text, for Astro's logger. */
const env = { ...process.env, NO_COLOR: '1' };

/** Before content sync, which is where Astro would stop on a broken listing. */
export function validateAtDevStart(logger: AstroIntegrationLogger): void {
  const first = spawnSync(process.execPath, [validator], { encoding: 'utf8', env });
  // Only errors are worth a word here: the warnings are there every time, and not news.
  if (first.status !== 0) logger.error(`\n${`${first.stdout}${first.stderr}`.trim()}`);
}

/** Validates each listing or profile under `contentDir` as it is saved. */
export function validateOnSave(contentDir: string, { server, logger }: HookParameters<'astro:server:setup'>): void {
  const root = resolve(contentDir) + sep;
  const run = (files: readonly string[]) => {
    const child = spawn(process.execPath, [validator, ...files], { env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const text = output.trim();
      if (code !== 0) logger.error(`\n${text}`);
      else logger.info(text.split('\n').length > 1 ? `\n${text}` : text);
    });
  };
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (path: string) => {
    if (!path.startsWith(root) || !path.endsWith('.md')) return;
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending = new Set();
      run(files);
    }, settleMs);
  };
  server.watcher.on('add', changed);
  server.watcher.on('change', changed);
}
