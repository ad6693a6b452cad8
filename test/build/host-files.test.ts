import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, cleanEnv, fixture } from '../support/fixture.ts';
import { loadPage } from '../support/html.ts';

describe('files for static hosts', () => {
  it('writes _headers and vercel.json with the base path', () => {
    const headers = readFileSync(join(fixture.distSub, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/board\/\*\n {2}Content-Security-Policy: default-src 'self'/);
    expect(headers).toContain('\n/board/*feed.xml\n  Content-Type: application/rss+xml; charset=utf-8\n');
    const vercel = JSON.parse(readFileSync(join(fixture.distSub, 'vercel.json'), 'utf8')) as { headers: { source: string }[] };
    expect(vercel.headers[1]!.source).toBe('/board/_astro/(.*)');
    expect(vercel.headers.map((rule) => rule.source)).toContain('/board/(.*)feed.json');
  });

  it('puts the same policy in a <meta> for hosts without headers, and inlines no script', () => {
    const $ = loadPage(fixture.distRoot, '/jobs/full-listing-alder/');
    const policy = $('meta[http-equiv="Content-Security-Policy"]').attr('content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // Only the dev server allows inline styles (Vite injects them); built pages keep style-src 'self'.
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    const inline = $('script:not([src])').filter((_, s) => $(s).attr('type') !== 'application/ld+json');
    expect(inline.length).toBe(0);
    expect($('[style]').length).toBe(0);
  });

  it('serves a web app manifest that follows the base path, with an id that keeps an installed board one app', () => {
    const manifest = JSON.parse(readFileSync(join(fixture.distSub, 'manifest.webmanifest'), 'utf8')) as {
      id: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.id).toBe('/board/');
    expect(manifest.start_url).toBe('/board/');
    expect(manifest.icons.every((icon) => icon.src.startsWith('/board/'))).toBe(true);
  });

  it('stops a build with a mistyped SITE_URL in one line that names it, before Astro starts', () => {
    const run = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnv(), SITE_URL: 'example.org', OUT_DIR: join(ROOT, 'test/.output/never-built') },
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      '✖ SITE_URL "example.org" is not a full address; start it with https://, like SITE_URL=https://jobs.example.org',
    );
    expect(run.stdout).not.toMatch(/astro|\bat /i);
  });

  it('stops astro itself on a mistyped SITE_URL with the same line (npm run dev runs the integration too)', () => {
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnv(), SITE_URL: 'ftp://example.org', OUT_DIR: join(ROOT, 'test/.output/never-built') },
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(
      'SITE_URL "ftp://example.org" must start with https://, like SITE_URL=https://jobs.example.org',
    );
    expect(existsSync(join(ROOT, 'test/.output/never-built'))).toBe(false);
  });
});
