/**
 * What search costs a visitor: the bytes Pagefind fetches for a first and a
 * refined query, and our own search script's gzip size. Every response body
 * is read before a total is taken, so slow files (the wasm) always count.
 * Used by `npm run bench` and `npm run measure:search`.
 */
import { gzipSync } from 'node:zlib';
import { serveDist } from '../../test/support/serve.ts';
import { chromiumPath, INSTALL_HINT, launchBrowser } from '../../test/support/browser.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './result.ts';

export interface SearchCost {
  firstQueryBytes: number;
  refinedQueryBytes: number;
  requests: number;
  ourScriptGzip: number;
}

/** Bytes on the wire: Pagefind's .pf_* files are gzipped already; text and wasm get gzip from the CDN. */
export function wireBytes(url: string, body: Buffer): number {
  return /\.pf_\w+$/.test(new URL(url, 'http://x').pathname) ? body.length : gzipSync(body, { level: 9 }).length;
}

/** What a Pagefind request is for: its runtime, the index itself, or result snippets. */
export function pagefindKind(url: string): string {
  const path = new URL(url, 'http://x').pathname;
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'meta';
  if (/\/wasm\.[^/]*\.pagefind$/.test(path)) return 'wasm';
  if (/\.js$/.test(path)) return 'js';
  return 'other';
}

export interface SettledSearchCost extends SearchCost {
  /** Bytes per kind of request (js, wasm, meta, filters, index, fragments). */
  firstByKind: Record<string, number>;
  refinedByKind: Record<string, number>;
}

export function sumByKind(reads: readonly { kind: string; bytes: number }[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const { kind, bytes } of reads) result[kind] = (result[kind] ?? 0) + bytes;
  return result;
}

export async function measureSearchSettled(
  dist: string,
  query: string,
  refine: { key: string; value: string },
): Promise<SettledSearchCost> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const reads: Promise<{ kind: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (!url.includes('/pagefind/')) return;
      reads.push(
        response.body().then(
          (body) => ({ kind: pagefindKind(url), bytes: wireBytes(url, body) }),
          () => ({ kind: 'failed', bytes: 0 }),
        ),
      );
    });
    /** Every read so far, once each one that has started has finished. */
    const settled = async () => {
      let seen = -1;
      while (seen !== reads.length) {
        seen = reads.length;
        await Promise.all(reads);
      }
      return Promise.all(reads);
    };
    const total = (list: readonly { bytes: number }[]) => list.reduce((sum, r) => sum + r.bytes, 0);
    await page.goto(`${server.url}search/`);
    await page.fill('#search-query', query);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('q'));
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    const first = await settled();
    await page.click(`input[name="${refine.key}"][value="${refine.value}"]`);
    await page.waitForFunction(() => new URL(location.href).searchParams.size > 1);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    const all = await settled();
    const refined = all.slice(first.length);
    return {
      firstQueryBytes: total(first),
      refinedQueryBytes: total(refined),
      requests: all.length,
      ourScriptGzip: ourSearchScriptGzip(dist),
      firstByKind: sumByKind(first),
      refinedByKind: sumByKind(refined),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Our own JavaScript on the search page (the page's module and what it imports), gzipped. */
export function ourSearchScriptGzip(dist: string): number {
  const html = readFileSync(join(dist, 'search/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="[^"]*\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script[^>]*>([^<]+)<\/script>/g)].map((m) => m[1]!).join('');
  const files = new Set(scripts);
  // Follow static imports between our chunks.
  for (const file of files) {
    const code = readFileSync(join(dist, '_astro', file), 'utf8');
    for (const m of code.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)) files.add(m[1]!);
  }
  const code = [...files].map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('\n') + inline;
  return gzipSync(code, { level: 9 }).length;
}

/** The benchmark's search measurement: a first query and one refined by a filter, or why it was skipped. */
export async function measureSearchForBench(dist: string, query: string): Promise<BenchResult['search']> {
  const refine = { key: 'workplace', value: 'remote' };
  if (!chromiumPath) {
    const search = { skipped: `no Chromium. ${INSTALL_HINT}` };
    console.warn(`Search bytes: n/a (${search.skipped})`);
    return search;
  }
  console.log('Measuring search in Chromium…');
  try {
    const cost = await measureSearchSettled(dist, query, refine);
    return {
      query,
      refine,
      firstQueryBytes: cost.firstQueryBytes,
      refinedQueryBytes: cost.refinedQueryBytes,
      requests: cost.requests,
      firstByKind: cost.firstByKind,
      refinedByKind: cost.refinedByKind,
    };
  } catch (error) {
    const search = { skipped: `measuring in Chromium failed: ${(error as Error).message.split('\n')[0]}` };
    console.warn(`Search bytes: n/a (${search.skipped})`);
    return search;
  }
}
