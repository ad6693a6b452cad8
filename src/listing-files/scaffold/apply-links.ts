/**
 * The apply links of the open listings already on the board, so a duplicate
 * is caught at the apply prompt (or flag) instead of after every question.
 * "Open" means what the validator means: not a draft, and not past its
 * closing day. Listings the validator would reject are left out, as the
 * validator leaves them out of its own duplicate check.
 */
import { jobSchema } from '../../schema/job.ts';
import { isOpen } from '../../lib/expiry.ts';
import { applyAddressKey } from '../validate/apply-address.ts';
import { readSourceFile } from '../source-file.ts';
import type { ContentFile } from '../validate/validate.ts';

/** Apply address (applyAddressKey, as the validator compares them) -> the files of the open listings that use it. */
export type ApplyLinks = ReadonlyMap<string, readonly string[]>;

export function openApplyLinks(jobs: readonly ContentFile[], today: string, defaultExpiryDays: number): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const job of jobs) {
    const read = readSourceFile(job.path, job.bytes);
    if (!read.ok) continue;
    const result = jobSchema.safeParse(read.source.data);
    if (!result.success) continue;
    const data = result.data;
    if (data.draft || !isOpen(data, today, defaultExpiryDays)) continue;
    const key = applyAddressKey(data.apply);
    links.set(key, [...(links.get(key) ?? []), job.path]);
  }
  return links;
}

/** How to tell this job's link apart: a subject for a mailto: address, the job's own page for a web link. */
function distinctLinkHint(url: string, title: string | undefined): string {
  if (url.toLowerCase().startsWith('mailto:')) {
    const address = url.split('?')[0]!;
    return `add a subject, like ${address}?subject=${encodeURIComponent(title ?? 'Job title')}`;
  }
  // Not "add ?ref=…": that would only get past the check, and two listings would still lead to one job.
  return "link to this job's own page on the company's site";
}

/** The message when `url` (a checked apply link) is already used by an open listing; undefined when it is free. */
export function applyLinkClash(url: string, taken: ApplyLinks | undefined, title?: string): string | undefined {
  const files = taken?.get(applyAddressKey(url));
  if (!files?.length) return undefined;
  return `${url} is already the apply link of ${files.join(', ')}; each open job needs its own link — ${distinctLinkHint(url, title)}`;
}
