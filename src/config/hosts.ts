/**
 * What the hosts in docs/deploy.md accept in one deploy, from each host's
 * own documentation (the `source`). The build compares dist/ with these
 * (src/hosting/host-limits.ts). A host whose documentation states no limit
 * on files or size is not listed.
 */
export interface HostLimit {
  host: string;
  maxFiles?: number;
  maxBytes?: number;
  maxFileBytes?: number;
  source: string;
}

const MiB = 2 ** 20;

export const hostLimits: readonly HostLimit[] = [
  {
    host: 'GitHub Pages',
    // "Published GitHub Pages sites may be no larger than 1 GB": counted as 10^9 bytes, to be safe.
    maxBytes: 1e9,
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
  {
    host: 'Cloudflare Pages (Free plan)',
    maxFiles: 20_000,
    maxFileBytes: 25 * MiB,
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
  {
    host: 'Cloudflare Pages (paid plans)',
    maxFiles: 100_000,
    maxFileBytes: 25 * MiB,
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
];
