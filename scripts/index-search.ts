/**
 * Builds the Pagefind search index from the built job pages (part of
 * `npm run build`). Only open job pages carry data-pagefind-body, so site
 * chrome, similar-job lists and closed jobs stay out of the index.
 */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const outDir = resolve(process.env['OUT_DIR'] || 'dist');
const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  // Only job pages can hold data-pagefind-body, so Pagefind need not read the other pages at all.
  const added = await index.addDirectory({ path: outDir, glob: 'jobs/**/*.html' });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  console.log(
    `Search index: ${added.page_count} pages read in ${Math.round(performance.now() - started)} ms → ${join(outDir, 'pagefind')}`,
  );
} finally {
  await pagefind.close();
}
