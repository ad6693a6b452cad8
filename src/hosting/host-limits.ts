/** Which hosts' limits a built site exceeds, in words an editor or host can act on. */
import type { HostLimit } from '../config/hosts.ts';

export interface FilesAndBytes {
  files: number;
  bytes: number;
}

export interface SiteSize extends FilesAndBytes {
  largestFile: { path: string; bytes: number };
  /** The per-job social cards among the files: what turning them off would save. */
  socialCards: FilesAndBytes;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
const count = (n: number) => n.toLocaleString('en');

const overFiles = (size: FilesAndBytes, limit: HostLimit) => limit.maxFiles !== undefined && size.files > limit.maxFiles;
const overBytes = (size: FilesAndBytes, limit: HostLimit) => limit.maxBytes !== undefined && size.bytes > limit.maxBytes;

const cardsOff = "Turning per-job social cards off (socialCards: 'board' in src/config/site.ts)";
const listPages = "lower listPageLimit in src/config/site.ts (it caps the home page's, skill, region and workplace list pages)";

/**
 * What would bring a site that has too many files or bytes for a host under
 * its limits, from the site's own figures: per-job cards first (most of a
 * big board's bytes and a file per open job), else the list pages.
 */
function remedy(size: SiteSize, limit: HostLimit): string | undefined {
  const files = overFiles(size, limit);
  const bytes = overBytes(size, limit);
  if (!files && !bytes) return undefined;
  const cards = size.socialCards;
  if (cards.files === 0) return `Per-job social cards are already off: ${listPages}.`;
  const without = { files: size.files - cards.files, bytes: size.bytes - cards.bytes };
  const saved = [
    ...(bytes ? [`~${megabytes(cards.bytes)} → ${megabytes(without.bytes)}`] : []),
    ...(files ? [`${count(cards.files)} files → ${count(without.files)}`] : []),
  ].join(' and ');
  if (!overFiles(without, limit) && !overBytes(without, limit)) return `${cardsOff} would save ${saved}.`;
  return `${cardsOff} would save ${saved}, not enough on its own: also ${listPages}.`;
}

/** One line per host whose limits the site is over: host, limit, the site's own figure, and what would bring it under. */
export function hostLimitBreaches(size: SiteSize, limits: readonly HostLimit[]): string[] {
  return limits.flatMap((limit) => {
    const over: string[] = [];
    if (overFiles(size, limit)) over.push(`${count(size.files)} files, over its ${count(limit.maxFiles ?? 0)}`);
    if (overBytes(size, limit)) over.push(`${megabytes(size.bytes)}, over its ${megabytes(limit.maxBytes ?? 0)}`);
    if (limit.maxFileBytes !== undefined && size.largestFile.bytes > limit.maxFileBytes)
      over.push(`${size.largestFile.path} is ${megabytes(size.largestFile.bytes)}, over its ${megabytes(limit.maxFileBytes)} a file`);
    if (!over.length) return [];
    const fix = remedy(size, limit);
    return [`${limit.host} would refuse this site: ${over.join('; ')}.${fix ? ` ${fix}` : ''}`];
  });
}

export const describeSize = (size: FilesAndBytes) => `${count(size.files)} files, ${megabytes(size.bytes)}`;
