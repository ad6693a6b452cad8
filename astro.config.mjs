// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { site } from './src/config/site.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { sanitizeHastPlugins, sanitizeMdastPlugins } from './src/markdown/sanitize.ts';

/*
 * SITE_URL and BASE_PATH let one checkout deploy to any host, at the domain
 * root or under a sub-path. CONTENT_DIR and OUT_DIR let tests and the
 * benchmark build other content without touching content/ or dist/.
 */
const contentDir = process.env.CONTENT_DIR;

/*
 * Astro keeps the content store in one file by default, written as one
 * string. Near 100 000 listings that string passes V8's longest string
 * (~512 MB) and the build dies with "Invalid string length". Chunked storage
 * avoids that, but is five times slower to write (content sync 16.5 s → 79 s
 * at 10 000 listings), so it is used only for boards whose markdown passes
 * 200 MB (about 60 000 listings of 3 KB; 50 000 still build in one file).
 */
const CHUNKED_STORE_ABOVE_BYTES = 200 * 1024 * 1024;
/** @param {string} dir */
function markdownBytes(dir) {
  try {
    return readdirSync(dir).reduce((sum, name) => sum + (name.endsWith('.md') ? statSync(join(dir, name)).size : 0), 0);
  } catch {
    return 0;
  }
}
const chunkedStore = markdownBytes(join(contentDir || './content', 'jobs')) > CHUNKED_STORE_ABOVE_BYTES;

export default defineConfig({
  site: process.env.SITE_URL || site.url,
  base: normalizeBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // The content cache is keyed by folder so fixture builds never reuse sample data.
  cacheDir: contentDir
    ? `./node_modules/.astro-cache/${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`
    : './node_modules/.astro',
  // Styles as files too, so style-src stays 'self' under the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Descriptions come from strangers' pull requests: see src/markdown/sanitize.ts.
  markdown: { processor: satteri({ mdastPlugins: sanitizeMdastPlugins, hastPlugins: sanitizeHastPlugins }) },
  devToolbar: { enabled: false },
  ...(chunkedStore ? { experimental: { collectionStorage: 'chunked' } } : {}),
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the CSP allows scripts only from our origin ('self'), no hashes needed.
    build: { assetsInlineLimit: 0 },
  },
});
