/** Which hosts' limits a built site exceeds, in words an editor or host can act on. */
import type { HostLimit } from '../config/hosts.ts';

export interface SiteSize {
  files: number;
  bytes: number;
  largestFile: { path: string; bytes: number };
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
const count = (n: number) => n.toLocaleString('en');

/** One line per limit the site is over: host, limit, and the site's own figure. */
export function hostLimitBreaches(size: SiteSize, limits: readonly HostLimit[]): string[] {
  return limits.flatMap((limit) => {
    const over: string[] = [];
    if (limit.maxFiles !== undefined && size.files > limit.maxFiles)
      over.push(`${count(size.files)} files, over its ${count(limit.maxFiles)}`);
    if (limit.maxBytes !== undefined && size.bytes > limit.maxBytes)
      over.push(`${megabytes(size.bytes)}, over its ${megabytes(limit.maxBytes)}`);
    if (limit.maxFileBytes !== undefined && size.largestFile.bytes > limit.maxFileBytes)
      over.push(`${size.largestFile.path} is ${megabytes(size.largestFile.bytes)}, over its ${megabytes(limit.maxFileBytes)} a file`);
    return over.length ? [`${limit.host} would refuse this site: ${over.join('; ')}`] : [];
  });
}

export const describeSize = (size: SiteSize) => `${count(size.files)} files, ${megabytes(size.bytes)}`;
