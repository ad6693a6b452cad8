/**
 * Builds the Pagefind search index (part of `npm run build`, after `astro
 * build`). Astro writes the open jobs' search records to
 * dist/search-records/<part>.jsonl (src/search/records.ts); each part
 * becomes its own Pagefind bundle (src/search/parts.ts), indexed one
 * after the other so memory stays at one part's worth, and the records are
 * deleted. The search page loads every part and merges their results.
 */
import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';
import { partBundlePath } from './parts.ts';
import { searchWordCharacters } from '../config/search.ts';
import { searchRecordFiles, searchRecordsDir } from './record-files.ts';
import { builtSiteDir } from '../build/out-dir.ts';

/** Records in flight to Pagefind's process at once: enough to hide the round trips. */
const inFlight = 64;

/**
 * Pagefind's ready-made UIs, which every bundle gets. The search page has its
 * own UI on Pagefind's JS API and never loads them, so they are deleted.
 */
const unusedUiFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

interface Timings {
  addingMs: number;
  writingMs: number;
}

/** Streams one part's records (one JSON object a line) into a fresh index, writes it and frees it. */
async function indexPart(outDir: string, part: number, file: string, timings: Timings): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: searchWordCharacters });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const addStarted = performance.now();
  let count = 0;
  let batch: SearchRecord[] = [];
  const send = async () => {
    const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((result) => result.errors);
    if (failed.length) throw new Error(`Pagefind could not index part ${part}: ${failed.join('; ')}`);
    count += batch.length;
    batch = [];
  };
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(JSON.parse(line) as SearchRecord);
    if (batch.length >= inFlight) await send();
  }
  await send();
  const writeStarted = performance.now();
  timings.addingMs += writeStarted - addStarted;
  const bundleDir = join(outDir, partBundlePath(part));
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length) throw new Error(`Pagefind could not write part ${part}: ${written.errors.join('; ')}`);
  for (const file of unusedUiFiles) rmSync(join(bundleDir, file), { force: true });
  // Frees this part's index in Pagefind's process before the next part is read.
  await index.deleteIndex();
  timings.writingMs += performance.now() - writeStarted;
  return count;
}

/** Turns every part's records into its Pagefind bundle, deletes the records and prints one line. */
export async function indexSearch(outDir: string): Promise<void> {
  const started = performance.now();
  const recordsDir = searchRecordsDir(outDir);
  const partFiles = searchRecordFiles(outDir);
  if (partFiles.length === 0) throw new Error(`No search records in ${recordsDir}: did astro build run?`);
  const timings: Timings = { addingMs: 0, writingMs: 0 };
  let pages = 0;
  try {
    for (const file of partFiles) pages += await indexPart(outDir, parseInt(file), join(recordsDir, file), timings);
  } finally {
    await pagefind.close();
  }
  rmSync(recordsDir, { recursive: true, force: true });
  const parts = `${partFiles.length} ${partFiles.length === 1 ? 'part' : 'parts'}`;
  console.log(
    `Search index: ${pages} pages read in ${Math.round(performance.now() - started)} ms → ${parts} in ${join(outDir, 'pagefind')} (adding ${Math.round(timings.addingMs)} ms, writing ${Math.round(timings.writingMs)} ms)`,
  );
}

// Run on its own (tests index a site built without it): node src/search/indexer.ts
if (import.meta.main) await indexSearch(builtSiteDir());
