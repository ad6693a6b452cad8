import { describe, expect, it } from 'vitest';
import { distPath, relativeImports, renderBlockingScripts, stylesheetHrefs, scriptSrcs } from '../../src/bench/weights.ts';
import { pagefindKind, sumByKind, wireBytes } from '../../src/bench/search.ts';

describe('page weight helpers', () => {
  const html = `<!DOCTYPE html><html><head>
    <script type="application/ld+json">{"@type":"WebSite"}</script>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
    <script type="module" src="/_astro/page.js"></script>
    <script src="/_astro/late.js" defer></script>
    <script async src="/_astro/stats.js"></script>
  </head><body><script src="/_astro/body.js"></script></body></html>`;

  it('finds no render-blocking scripts when head scripts are modules, deferred, async or data', () => {
    expect(renderBlockingScripts(html)).toEqual([]);
  });

  it('flags classic scripts in <head>, with a src or inline', () => {
    const blocking = html.replace(
      '</head>',
      '<script src="/_astro/blocking.js"></script><script>window.x = 1</script><script type="text/javascript" src="/b.js"></script></head>',
    );
    expect(renderBlockingScripts(blocking)).toEqual(['<script src="/_astro/blocking.js">', '<script> (inline)', '<script src="/b.js">']);
  });

  it('lists stylesheets and script sources', () => {
    expect(stylesheetHrefs(html)).toEqual(['/_astro/a.css']);
    expect(scriptSrcs(html)).toEqual(['/_astro/page.js', '/_astro/late.js', '/_astro/stats.js', '/_astro/body.js']);
  });

  it('follows relative static and dynamic imports, not other modules', () => {
    const code =
      'import{t as e}from"./relative-time.Be-Zzv9r.js";import"./side.js";const p=import(`${T}pagefind/pagefind.js`);import("./lazy.js")';
    expect(relativeImports(code)).toEqual(['./relative-time.Be-Zzv9r.js', './side.js', './lazy.js']);
  });

  it('counts Pagefind files (already compressed) as they are and gzips the rest, like a CDN', () => {
    const text = Buffer.from('pagefind '.repeat(1000));
    expect(wireBytes('http://127.0.0.1:1/pagefind/index/en_1.pf_index', text)).toBe(text.length);
    expect(wireBytes('http://127.0.0.1:1/pagefind/pagefind-entry.json?ts=1', text)).toBeLessThan(200);
  });

  it('sorts Pagefind requests by what they are for', () => {
    const base = 'http://127.0.0.1:1/pagefind/';
    expect(
      [
        'pagefind.js',
        'pagefind-worker.js',
        'wasm.en.pagefind',
        'pagefind-entry.json?ts=1',
        'pagefind.en_1.pf_meta',
        'filter/en_1.pf_filter',
        'index/en_1.pf_index',
        'fragment/en_1.pf_fragment',
      ].map((f) => pagefindKind(base + f)),
    ).toEqual(['js', 'js', 'wasm', 'meta', 'meta', 'filters', 'index', 'fragments']);
    expect(
      sumByKind([
        { kind: 'index', bytes: 5 },
        { kind: 'js', bytes: 1 },
        { kind: 'index', bytes: 2 },
      ]),
    ).toEqual({ index: 7, js: 1 });
  });

  it('maps site URLs to files in dist, under a base path too', () => {
    expect(distPath('/d', '/')).toBe('/d/index.html');
    expect(distPath('/d', '/jobs/x/')).toBe('/d/jobs/x/index.html');
    expect(distPath('/d', '/board/_astro/a.css?v=1', '/board/')).toBe('/d/_astro/a.css');
    expect(distPath('/d', 'https://cdn.example/a.css')).toBeUndefined();
  });
});
