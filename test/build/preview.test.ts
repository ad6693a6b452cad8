/**
 * `npm run preview`, run as users run it, against the fixture builds at the
 * root and under a sub-path: it answers as the host configs do, so a link
 * that works in preview works on the host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyResponseHeaders } from '../../src/config/security.ts';
import { cacheControl, headerRules, headersFor } from '../../src/hosting/host-config.ts';
import { ROOT, cleanEnv, fixture } from '../support/fixture.ts';
import { freePort } from '../support/web-server.ts';

interface Preview {
  origin: string;
  child: ChildProcess;
  output: () => string;
}

async function startPreview(env: Record<string, string>): Promise<Preview> {
  const port = await freePort();
  // Its own process group, so that stopping it stops npm and the server npm started.
  const child = spawn('npm', ['run', 'preview', '--silent', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env },
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`preview exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return { origin, child, output: () => output };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  process.kill(-child.pid!, 'SIGTERM');
  throw new Error(`preview did not start:\n${output}`);
}

async function stop(preview: Preview | undefined): Promise<void> {
  if (!preview || preview.child.exitCode !== null) return;
  const exited = new Promise((resolve) => preview.child.once('exit', resolve));
  process.kill(-preview.child.pid!, 'SIGTERM');
  await exited;
}

const layouts = [
  { name: 'at the domain root', dist: fixture.distRoot, base: '/' },
  { name: `under ${fixture.subBase}`, dist: fixture.distSub, base: fixture.subBase },
];

describe('npm run preview', () => {
  for (const layout of layouts) {
    describe(layout.name, () => {
      let preview: Preview;
      const get = (path: string) => fetch(`${preview.origin}${layout.base}${path}`, { redirect: 'manual' });
      const notFoundTitle = () => /<title>[^<]+<\/title>/.exec(readFileSync(join(layout.dist, '404.html'), 'utf8'))![0];

      beforeAll(async () => {
        preview = await startPreview({ OUT_DIR: layout.dist, BASE_PATH: layout.base });
      });
      afterAll(async () => {
        await stop(preview);
      });

      it('redirects a page address without its trailing slash, as the hosts do, keeping the query', async () => {
        const response = await get('jobs/full-listing-alder?ref=feed');
        expect(response.status).toBe(301);
        expect(response.headers.get('location')).toBe(`${layout.base}jobs/full-listing-alder/?ref=feed`);
        expect((await get('jobs/full-listing-alder/')).status).toBe(200);
      });

      it("answers an unknown address, or a folder that has no page, with the board's 404 page", async () => {
        for (const path of ['jobs/no-such-job/', 'no-such-page', 'jobs/', '_astro/', 'pagefind/', '_astro/no-such-file.css']) {
          const response = await get(path);
          expect(response.status, path).toBe(404);
          expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
          expect(response.headers.get('cache-control'), path).toBe(cacheControl.html);
          expect(await response.text(), path).toContain(notFoundTitle());
        }
      });

      it('sends what the `_headers` rules give each file: security headers, cache rules, feed types', async () => {
        const rules = headerRules(layout.base, everyResponseHeaders());
        for (const path of [
          '',
          'jobs/full-listing-alder/',
          'feed.xml',
          'categories/engineering/feed.json',
          'pagefind/pagefind.js',
          'sitemap.xml',
        ]) {
          const response = await get(path);
          expect(response.status, path).toBe(200);
          for (const [name, value] of Object.entries(headersFor(rules, `${layout.base}${path}`))) {
            expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
          }
        }
        expect((await get('feed.xml')).headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
        expect((await get('sitemap.xml')).headers.get('content-type')).toMatch(/^(text|application)\/xml/);
      });

      if (layout.base !== '/') {
        it('redirects the bare sub-path to it, and answers nothing outside it', async () => {
          const bare = await fetch(`${preview.origin}${layout.base.slice(0, -1)}`, { redirect: 'manual' });
          expect(bare.status).toBe(301);
          expect(bare.headers.get('location')).toBe(layout.base);
          expect((await fetch(`${preview.origin}/jobs/full-listing-alder/`, { redirect: 'manual' })).status).toBe(404);
        });
      }
    });
  }

  it('says to build first when there is no built site', async () => {
    const missing = join(ROOT, 'test/.output/never-built-preview');
    const child = spawn('npm', ['run', 'preview', '--silent', '--', '--port', String(await freePort())], {
      cwd: ROOT,
      env: { ...cleanEnv(), OUT_DIR: missing },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim()).toBe(`✖ No built site in ${missing}: run npm run build first.`);
  });
});
