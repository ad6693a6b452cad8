import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostLimitBreaches, type SiteSize } from '../../src/hosting/host-limits.ts';
import { measureSite } from '../../src/hosting/host-limits-report.ts';
import { hostLimits } from '../../src/config/hosts.ts';

const size = (files: number, bytes: number, largest = 1000, socialCards = { files: 0, bytes: 0 }): SiteSize => ({
  files,
  bytes,
  largestFile: { path: 'jobs/a/social.png', bytes: largest },
  socialCards,
});
const cardsOff = "Turning per-job social cards off (socialCards: 'board' in src/config/site.ts)";
const listPages = "lower listPageLimit in src/config/site.ts (it caps the home page's, skill, region and workplace list pages).";

describe('host limits', () => {
  it('names no host for a small site', () => {
    expect(hostLimitBreaches(size(900, 13e6), hostLimits)).toEqual([]);
  });

  it('names each host a big site is over, with its limit and the site’s figure', () => {
    expect(hostLimitBreaches(size(33_588, 910e6), hostLimits)).toEqual([
      `Cloudflare Pages (Free plan) would refuse this site: 33,588 files, over its 20,000. Per-job social cards are already off: ${listPages}`,
    ]);
    expect(hostLimitBreaches(size(120_000, 1.2e9), hostLimits)).toEqual([
      `GitHub Pages would refuse this site: 1,200 MB, over its 1,000 MB. Per-job social cards are already off: ${listPages}`,
      `Cloudflare Pages (Free plan) would refuse this site: 120,000 files, over its 20,000. Per-job social cards are already off: ${listPages}`,
      `Cloudflare Pages (paid plans) would refuse this site: 120,000 files, over its 100,000. Per-job social cards are already off: ${listPages}`,
    ]);
  });

  it('names a single file too big for a host', () => {
    expect(hostLimitBreaches(size(10, 30e6, 27e6), hostLimits)).toEqual([
      'Cloudflare Pages (Free plan) would refuse this site: jobs/a/social.png is 27 MB, over its 26.2 MB a file.',
      'Cloudflare Pages (paid plans) would refuse this site: jobs/a/social.png is 27 MB, over its 26.2 MB a file.',
    ]);
  });

  it('names turning per-job cards off, with what it would save, when that brings the site under the limit', () => {
    const cards = { files: 10_000, bytes: 480e6 };
    expect(hostLimitBreaches(size(33_840, 1_010e6, 1000, cards), hostLimits)).toEqual([
      `GitHub Pages would refuse this site: 1,010 MB, over its 1,000 MB. ${cardsOff} would save ~480 MB → 530 MB.`,
      // 23,840 files is still over the Free plan's 20,000.
      `Cloudflare Pages (Free plan) would refuse this site: 33,840 files, over its 20,000. ${cardsOff} would save 10,000 files → 23,840, not enough on its own: also ${listPages}`,
    ]);
    expect(hostLimitBreaches(size(25_000, 1_200e6, 1000, { files: 6_000, bytes: 290e6 }), hostLimits)).toEqual([
      `GitHub Pages would refuse this site: 1,200 MB, over its 1,000 MB. ${cardsOff} would save ~290 MB → 910 MB.`,
      `Cloudflare Pages (Free plan) would refuse this site: 25,000 files, over its 20,000. ${cardsOff} would save 6,000 files → 19,000.`,
    ]);
  });

  it('says what cards off would save on each limit a host has and the site is over, and whether it is enough', () => {
    const host = { host: 'Tiny host', maxFiles: 1_000, maxBytes: 50e6, source: 'https://tiny.example/limits' };
    expect(hostLimitBreaches(size(1_500, 80e6, 1000, { files: 600, bytes: 40e6 }), [host])).toEqual([
      `Tiny host would refuse this site: 1,500 files, over its 1,000; 80 MB, over its 50 MB. ${cardsOff} would save ~40 MB → 40 MB and 600 files → 900.`,
    ]);
    // Under on files, still over on bytes: not enough.
    expect(hostLimitBreaches(size(1_500, 80e6, 1000, { files: 600, bytes: 20e6 }), [host])).toEqual([
      `Tiny host would refuse this site: 1,500 files, over its 1,000; 80 MB, over its 50 MB. ${cardsOff} would save ~20 MB → 60 MB and 600 files → 900, not enough on its own: also ${listPages}`,
    ]);
  });

  it('measures a built folder: files, bytes, the largest file and the job cards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(dir, 'jobs/x'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'a'.repeat(100));
    writeFileSync(join(dir, 'jobs/x/index.html'), 'b'.repeat(250));
    writeFileSync(join(dir, 'jobs/x/social.png'), 'c'.repeat(40));
    // Not a job's card: only jobs/<slug>/social.png is.
    writeFileSync(join(dir, 'social.png'), 'd'.repeat(30));
    expect(measureSite(dir)).toEqual({
      files: 4,
      bytes: 420,
      largestFile: { path: 'jobs/x/index.html', bytes: 250 },
      socialCards: { files: 1, bytes: 40 },
    });
  });
});
