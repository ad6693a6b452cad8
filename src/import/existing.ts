/**
 * The listings already in content/jobs, read the way the validator reads
 * them, and indexed by what makes two listings the same job: the importer's
 * note (service and posting id), the apply link and the source address.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFile } from '../listing-files/source-file.ts';
import { applyAddressKey } from '../listing-files/validate/apply-address.ts';
import { isUntouched } from './digest.ts';
import { importedSchema, type Imported } from './schema.ts';

export interface ExistingListing {
  /** File name without .md. */
  slug: string;
  /** As written in the summary: content/jobs/<slug>.md. */
  file: string;
  /** Where it is on disk. */
  path: string;
  text: string;
  /** Undefined when the file cannot be read as a listing (an editor's broken YAML). */
  data?: Record<string, unknown> | undefined;
  imported?: Imported | undefined;
  /** Byte for byte what the importer wrote. */
  untouched: boolean;
  company?: string | undefined;
  posted?: string | undefined;
  expires?: string | undefined;
}

const dateText = (value: unknown): string | undefined =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : typeof value === 'string'
      ? value
      : undefined;

export function readListing(slug: string, file: string, path: string, text: string): ExistingListing {
  const read = readSourceFile(file, new TextEncoder().encode(text));
  if (!read.ok) return { slug, file, path, text, untouched: false };
  const data = read.source.data;
  const parsed = importedSchema.safeParse(data['imported']);
  const imported = parsed.success ? parsed.data : undefined;
  return {
    slug,
    file,
    path,
    text,
    data,
    imported,
    untouched: imported ? isUntouched(text, imported.digest) : false,
    company: typeof data['company'] === 'string' ? data['company'] : undefined,
    posted: dateText(data['posted']),
    expires: dateText(data['expires']),
  };
}

/** Every regular .md file in the jobs folder, sorted by name. */
export function readListings(jobsDir: string, displayDir: string): ExistingListing[] {
  if (!existsSync(jobsDir)) return [];
  return readdirSync(jobsDir)
    .filter((name) => name.toLowerCase().endsWith('.md') && lstatSync(join(jobsDir, name)).isFile())
    .sort()
    .map((name) =>
      readListing(name.replace(/\.md$/i, ''), `${displayDir}/${name}`, join(jobsDir, name), readFileSync(join(jobsDir, name), 'utf8')),
    );
}

export const postingKey = (from: string, id: string) => `${from}:${id}`;

function safeApplyKey(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return applyAddressKey(url.trim());
  } catch {
    return undefined;
  }
}

/** Who already holds a posting, an apply link, a source address or a file name; updated as the run plans new files. */
export class ListingIndex {
  readonly byPosting = new Map<string, ExistingListing>();
  private readonly byApply = new Map<string, string>();
  private readonly bySource = new Map<string, string>();
  private readonly slugs = new Set<string>();
  /** Files that cannot be read: a posting whose address appears in one is taken to be there. */
  private readonly unreadable: ExistingListing[] = [];

  constructor(listings: readonly ExistingListing[]) {
    for (const listing of listings) {
      this.slugs.add(listing.slug.toLowerCase());
      if (!listing.data) {
        this.unreadable.push(listing);
        continue;
      }
      if (listing.imported) this.byPosting.set(postingKey(listing.imported.from, listing.imported.id), listing);
      this.claim(listing.file, listing.data['apply'], (listing.data['source'] as { url?: unknown } | undefined)?.url);
    }
  }

  /** Records that a file holds this apply link and source address. */
  claim(file: string, apply: unknown, source: unknown): void {
    const applyKey = safeApplyKey(apply);
    if (applyKey && !this.byApply.has(applyKey)) this.byApply.set(applyKey, file);
    if (typeof source === 'string' && !this.bySource.has(source.trim())) this.bySource.set(source.trim(), file);
  }

  takeSlug(slug: string): void {
    this.slugs.add(slug.toLowerCase());
  }

  hasSlug(slug: string): boolean {
    return this.slugs.has(slug.toLowerCase());
  }

  /** The file that already lists this job by its apply link or source address, with which; undefined when none. */
  duplicateOf(apply: string, source: string): { file: string; by: string } | undefined {
    const applyKey = safeApplyKey(apply);
    const byApply = applyKey ? this.byApply.get(applyKey) : undefined;
    if (byApply) return { file: byApply, by: 'the same apply link' };
    const bySource = this.bySource.get(source);
    if (bySource) return { file: bySource, by: 'the same posting address' };
    const unreadable = this.unreadable.find((listing) => listing.text.includes(apply) || listing.text.includes(source));
    return unreadable ? { file: unreadable.file, by: 'its address, in a file that cannot be read' } : undefined;
  }
}
