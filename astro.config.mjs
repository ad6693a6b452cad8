// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { site } from './src/config/site.ts';
import { normalizeBase, siteUrlProblem } from './src/lib/urls.ts';
import { markdownFeatures, sanitizeHastPlugins, sanitizeMdastPlugins } from './src/markdown/sanitize.ts';
import { openings } from './src/integrations/openings.ts';

/*
 * SITE_URL and BASE_PATH let one checkout deploy to any host, at the domain
 * root or under a sub-path. CONTENT_DIR and OUT_DIR let tests and the
 * benchmark build other content without touching content/ or dist/.
 */
const contentDir = process.env.CONTENT_DIR;

// The content cache is keyed by folder so fixture builds never reuse sample data.
const cacheDir = contentDir
  ? `./node_modules/.astro-cache/${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';

export default defineConfig({
  // A mistyped SITE_URL gets the default here, so that the integration can stop with a clear line instead of Astro's "Invalid URL".
  site: (!siteUrlProblem(process.env.SITE_URL, process.env.BASE_PATH) && process.env.SITE_URL) || site.url,
  base: normalizeBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir,
  build: {
    format: 'directory',
    // Styles as files too, so style-src stays 'self' under the CSP.
    inlineStylesheets: 'never',
    /*
     * Pages in flight at once. With one, Astro waits for each page's folder
     * and file to be written before it renders the next, and its thread sits
     * idle; with 16 it renders while earlier pages are written, with the
     * same memory and byte-identical output (docs/performance.md).
     */
    concurrency: 16,
  },
  // Descriptions come from strangers' pull requests: see src/markdown/sanitize.ts.
  // No syntax highlighting: Shiki colours code with inline style="" attributes, which the site's
  // Content-Security-Policy (style-src 'self') blocks; code blocks keep the site's own styles.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: sanitizeMdastPlugins, hastPlugins: sanitizeHastPlugins, features: markdownFeatures }),
  },
  devToolbar: { enabled: false },
  integrations: [openings({ contentDir: contentDir || './content' })],
  /*
   * The default store is one string, which passes V8's longest string
   * on a board of about 100 000 listings and kills the build. Chunked
   * storage has no such ceiling; our loaders hand it their entries in one
   * batch so it is written once per sync (src/build/one-batch-loader.ts).
   *
   * Incremental builds: a job or list page whose cacheKey
   * (src/board/page-keys.ts) and code are unchanged is copied from the last
   * build in cacheDir instead of rendered. Hosts that keep node_modules between builds get
   * this for free; a cold build renders every page as before.
   */
  experimental: { collectionStorage: 'chunked', incrementalBuild: true },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the CSP allows scripts only from our origin ('self'), no hashes needed.
    build: { assetsInlineLimit: 0 },
  },
});
