import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fixture } from '../support/fixture.ts';
import { allPages, loadPage, pageFile } from '../support/html.ts';

/** Every internal href/src in dist, checked against the files and ids that exist. */
function brokenLinks(dist: string, base: string): string[] {
  const broken: string[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const ids = (path: string) => {
    if (!idsByPage.has(path)) {
      const $ = loadPage(dist, path);
      idsByPage.set(
        path,
        new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id')!)
            .get(),
        ),
      );
    }
    return idsByPage.get(path)!;
  };
  for (const page of allPages(dist)) {
    const $ = loadPage(dist, page);
    $('a[href], link[href], img[src], script[src], form[action]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
      if (/^(https?:|mailto:)/.test(raw)) return;
      if (raw.startsWith('#')) {
        if (raw.length > 1 && !ids(page).has(raw.slice(1))) broken.push(`${page} -> ${raw}`);
        return;
      }
      if (!raw.startsWith(base)) {
        broken.push(`${page} -> ${raw} (missing base ${base})`);
        return;
      }
      const [path, hash] = raw.slice(base.length - 1).split('#') as [string, string | undefined];
      if (!existsSync(pageFile(dist, path))) broken.push(`${page} -> ${raw}`);
      else if (hash && path.endsWith('/') && !ids(path).has(hash)) broken.push(`${page} -> ${raw} (no #${hash})`);
    });
  }
  return broken;
}

describe('internal links', () => {
  it('has no broken internal links or anchors at the domain root', () => {
    expect(brokenLinks(fixture.distRoot, '/')).toEqual([]);
  });

  it('prefixes every link and asset with the base path under a sub-path', () => {
    expect(brokenLinks(fixture.distSub, fixture.subBase)).toEqual([]);
    const $ = loadPage(fixture.distSub, '/jobs/full-listing-alder/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://jobs.fixture.example/board/jobs/full-listing-alder/');
    expect($('a[href="/board/companies/alder-works/"]').length).toBeGreaterThan(0);
    expect($('header img').attr('src')).toMatch(/^\/board\/_astro\//);
  });
});
