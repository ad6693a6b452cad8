/**
 * Paints social cards into the cache while Astro builds, on the core Astro
 * leaves idle (Astro renders on one thread). src/build/astro-and-validate.ts starts it once
 * validation has passed and stops it (SIGTERM) when Astro is done.
 *
 * It is only a head start: src/social/place-cards.ts places the cards Astro
 * lists and paints any this did not reach. So it reads the listings the
 * cheap way (frontmatter and the shared schema, no markdown) and skips any
 * file it cannot read; the validator has already reported those.
 */
import { availableParallelism, setPriority } from 'node:os';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { jobSchema } from '../schema/job.ts';
import { readSourceFile } from '../listing-files/source-file.ts';
import { companyForCards, socialCardEntry, type SocialCardEntry } from './cards.ts';
import { isOpen } from '../lib/expiry.ts';
import { buildDate } from '../board/build-date.ts';
import { site } from '../config/site.ts';
import { markdownFiles, markdownPaths } from '../listing-files/content-dir.ts';
import { paintBackground } from './paint.ts';
import { ensureCached, logoLoader, prepareEntry } from './cache.ts';
import { perJobCards } from './setting.ts';

// Astro's rendering comes first: this only takes what Astro does not use.
setPriority(10);
const started = performance.now();
let stopping = false;
process.on('SIGTERM', () => (stopping = true));

const companies = new Map<string, { name: string; logo?: string }>();
for (const file of markdownFiles('companies')) {
  const company = companyForCards(file.path, file.bytes);
  if (company) companies.set(basename(file.path, '.md'), company);
}

const today = buildDate();

/** The open jobs' cards, one file at a time: this runs beside Astro, which already holds the whole board in memory. */
function* openJobCards(): Generator<SocialCardEntry> {
  // Astro lists no card then (./cards.ts): every page shares the board's image.
  if (!perJobCards()) return;
  for (const path of markdownPaths('jobs')) {
    const read = readSourceFile(path, readFileSync(path));
    const parsed = read.ok ? jobSchema.safeParse(read.source.data) : undefined;
    if (!parsed?.success) continue;
    const job = parsed.data;
    const company = companies.get(job.company);
    if (!company || job.draft || !isOpen(job, today, site.defaultExpiryDays)) continue;
    yield socialCardEntry({ ...job, slug: basename(path, '.md').toLowerCase(), companyName: company.name, logo: company.logo });
  }
}

const cards = openJobCards();
const logoFor = logoLoader();
const background = await paintBackground(site.name);
let painted = 0;
let checked = 0;
// One card in flight per spare core; the painter after Astro uses them all.
const workers = Array.from({ length: Math.max(1, availableParallelism() - 1) }, async () => {
  for (let next = cards.next(); !stopping && !next.done; next = cards.next()) {
    const card = await prepareEntry(next.value, site.name, logoFor);
    if (await ensureCached(card, background)) painted++;
    checked++;
  }
});
await Promise.all(workers);

const ms = Math.round(performance.now() - started);
const how = stopping ? 'stopped when Astro finished' : 'all open jobs';
console.log(`Social images ahead: ${painted} painted while Astro built, ${checked} cards checked (${how}) in ${ms} ms`);
