/** The build's last stage: how big dist/ is, and which hosts in docs/deploy.md would refuse it. */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hostLimits } from '../config/hosts.ts';
import { isSocialCardFile } from '../social/cards.ts';
import { describeSize, hostLimitBreaches, type SiteSize } from './host-limits.ts';

export function measureSite(dir: string): SiteSize {
  const size: SiteSize = { files: 0, bytes: 0, largestFile: { path: '', bytes: 0 }, socialCards: { files: 0, bytes: 0 } };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size: bytes } = lstatSync(path);
    size.files++;
    size.bytes += bytes;
    const relativePath = relative(dir, path).split(sep).join('/');
    if (bytes > size.largestFile.bytes) size.largestFile = { path: relativePath, bytes };
    if (isSocialCardFile(relativePath)) {
      size.socialCards.files++;
      size.socialCards.bytes += bytes;
    }
  }
  return size;
}

export function reportHostLimits(outDir: string): void {
  const size = measureSite(outDir);
  const breaches = hostLimitBreaches(size, hostLimits);
  console.log(`Site: ${describeSize(size)} in ${outDir}`);
  for (const breach of breaches) console.warn(`⚠ ${breach} See docs/deploy.md#host-limits.`);
}
