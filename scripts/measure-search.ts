/**
 * Measures what search costs a visitor on a built site:
 *   npm run measure:search -- [dist] [query]
 * Prints the bytes Pagefind fetches to show the search page and answer a
 * first query (as a CDN would send them: gzip for text, Pagefind's own
 * files are already compressed), and the gzip size of our search script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist } from '../test/support/serve.ts';
import { launchBrowser } from '../test/support/browser.ts';

export interface SearchCost {
  firstQueryBytes: number;
  refinedQueryBytes: number;
  requests: number;
  ourScriptGzip: number;
}

/** Bytes on the wire: Pagefind's .pf_* files are gzipped already; text and wasm get gzip from the CDN. */
function wireBytes(url: string, body: Buffer): number {
  return /\.pf_\w+$/.test(url) ? body.length : gzipSync(body, { level: 9 }).length;
}

export async function measureSearch(dist: string, query: string, refine: { key: string; value: string }): Promise<SearchCost> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      requests++;
      bytes += wireBytes(response.url(), await response.body());
    });
    await page.goto(`${server.url}search/`);
    await page.fill('#search-query', query);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('q'));
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    const firstQueryBytes = bytes;
    await page.click(`input[name="${refine.key}"][value="${refine.value}"]`);
    await page.waitForFunction(() => new URL(location.href).searchParams.size > 1);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    return { firstQueryBytes, refinedQueryBytes: bytes - firstQueryBytes, requests, ourScriptGzip: ourSearchScriptGzip(dist) };
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

if (import.meta.main) {
  const [dist = 'dist', query = 'designer'] = process.argv.slice(2);
  const cost = await measureSearch(dist, query, { key: 'workplace', value: 'remote' });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Search page + first query "${query}": ${kb(cost.firstQueryBytes)} from Pagefind`);
  console.log(`Refining by one filter: ${kb(cost.refinedQueryBytes)} more`);
  console.log(`Our search JavaScript (gzip): ${kb(cost.ourScriptGzip)}`);
}
