/**
 * Builds the Pagefind search index (part of `npm run build`, after `astro
 * build`). Astro writes the open jobs' search records to
 * dist/search-records/<part>.json (src/data/search-records.ts); each part
 * becomes its own Pagefind bundle (src/lib/search-parts.ts), indexed one
 * after the other so memory stays at one part's worth, and the records are
 * deleted. The search page loads every part and merges their results.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/data/search-records.ts';
import { partBundlePath } from '../src/lib/search-parts.ts';

const outDir = resolve(process.env['OUT_DIR'] || 'dist');
const recordsDir = join(outDir, 'search-records');
/** Records in flight to Pagefind's process at once: enough to hide the round trips. */
const inFlight = 64;
const started = performance.now();

const partFiles = readdirSync(recordsDir)
  .filter((name) => /^\d+\.json$/.test(name))
  .sort((a, b) => parseInt(a) - parseInt(b));
if (partFiles.length === 0) throw new Error(`No search records in ${recordsDir}: did astro build run?`);

async function indexPart(part: number, records: readonly SearchRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (let i = 0; i < records.length; i += inFlight) {
    const added = await Promise.all(records.slice(i, i + inFlight).map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((result) => result.errors);
    if (failed.length) throw new Error(`Pagefind could not index part ${part}: ${failed.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(outDir, partBundlePath(part)) });
  if (written.errors.length) throw new Error(`Pagefind could not write part ${part}: ${written.errors.join('; ')}`);
  // Frees this part's index in Pagefind's process before the next part is read.
  await index.deleteIndex();
}

let pages = 0;
try {
  for (const file of partFiles) {
    const part = parseInt(file);
    const records = JSON.parse(readFileSync(join(recordsDir, file), 'utf8')) as SearchRecord[];
    await indexPart(part, records);
    pages += records.length;
  }
} finally {
  await pagefind.close();
}
rmSync(recordsDir, { recursive: true, force: true });
console.log(
  `Search index: ${pages} pages read in ${Math.round(performance.now() - started)} ms → ${partFiles.length} ${partFiles.length === 1 ? 'part' : 'parts'} in ${join(outDir, 'pagefind')}`,
);
