import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostLimitBreaches, type SiteSize } from '../../src/hosting/host-limits.ts';
import { measureSite } from '../../src/hosting/host-limits-report.ts';
import { hostLimits } from '../../src/config/hosts.ts';

const size = (files: number, bytes: number, largest = 1000): SiteSize => ({
  files,
  bytes,
  largestFile: { path: 'jobs/a/social.jpg', bytes: largest },
});

describe('host limits', () => {
  it('names no host for a small site', () => {
    expect(hostLimitBreaches(size(900, 13e6), hostLimits)).toEqual([]);
  });

  it('names each host a big site is over, with its limit and the site’s figure', () => {
    expect(hostLimitBreaches(size(33_588, 910e6), hostLimits)).toEqual([
      'Cloudflare Pages (Free plan) would refuse this site: 33,588 files, over its 20,000',
    ]);
    expect(hostLimitBreaches(size(120_000, 1.2e9), hostLimits)).toEqual([
      'GitHub Pages would refuse this site: 1,200 MB, over its 1,000 MB',
      'Cloudflare Pages (Free plan) would refuse this site: 120,000 files, over its 20,000',
      'Cloudflare Pages (paid plans) would refuse this site: 120,000 files, over its 100,000',
    ]);
  });

  it('names a single file too big for a host', () => {
    expect(hostLimitBreaches(size(10, 30e6, 27e6), hostLimits)).toEqual([
      'Cloudflare Pages (Free plan) would refuse this site: jobs/a/social.jpg is 27 MB, over its 26.2 MB a file',
      'Cloudflare Pages (paid plans) would refuse this site: jobs/a/social.jpg is 27 MB, over its 26.2 MB a file',
    ]);
  });

  it('measures a built folder: files, bytes and the largest file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(dir, 'jobs/x'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'a'.repeat(100));
    writeFileSync(join(dir, 'jobs/x/index.html'), 'b'.repeat(250));
    expect(measureSite(dir)).toEqual({ files: 2, bytes: 350, largestFile: { path: 'jobs/x/index.html', bytes: 250 } });
  });
});
