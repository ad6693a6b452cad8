// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { site } from './src/config/site.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { sanitizeHastPlugins, sanitizeMdastPlugins } from './src/markdown/sanitize.ts';

/*
 * SITE_URL and BASE_PATH let one checkout deploy to any host, at the domain
 * root or under a sub-path. CONTENT_DIR and OUT_DIR let tests and the
 * benchmark build other content without touching content/ or dist/.
 */
const contentDir = process.env.CONTENT_DIR;

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
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the CSP allows scripts only from our origin ('self'), no hashes needed.
    build: { assetsInlineLimit: 0 },
  },
});
