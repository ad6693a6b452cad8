/**
 * `npm run preview`: serves a built dist/ as the host configs do, so that a
 * link that works here works on the host: the `_headers` rules (CSP and
 * security headers, cache rules, feed types), a redirect from /jobs/x to
 * /jobs/x/ (and from /board to /board/), and the board's 404 page for any
 * other address, a folder without a page included. `astro preview` answers
 * /jobs/x with a 404 page of its own instead.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { cacheControl, headerRules, headersFor } from './host-config.ts';

export type Answer = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

type Lookup = (file: string) => 'file' | 'folder' | undefined;

/**
 * What a host answers for a request path: a file under dist/ (as a path
 * relative to it), a redirect, or the 404 page. Pure, given a lookup.
 */
export function answerFor(pathname: string, base: string, lookup: Lookup): Answer {
  if (base !== '/' && pathname === base.slice(0, -1)) return { kind: 'redirect', location: base };
  if (!pathname.startsWith(base)) return { kind: 'missing' };
  let below: string;
  try {
    below = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { kind: 'missing' };
  }
  if (below.includes('\0') || below.split('/').some((segment) => segment === '..' || segment === '.')) return { kind: 'missing' };
  if (below === '' || below.endsWith('/')) {
    return lookup(`${below}index.html`) === 'file' ? { kind: 'file', file: `${below}index.html` } : { kind: 'missing' };
  }
  const kind = lookup(below);
  if (kind === 'file') return { kind: 'file', file: below };
  return kind === 'folder' ? { kind: 'redirect', location: `${pathname}/` } : { kind: 'missing' };
}

function lookupIn(distDir: string): Lookup {
  return (file) => {
    const full = join(distDir, file);
    if (!full.startsWith(distDir + sep)) return undefined;
    try {
      const stats = statSync(full);
      return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  };
}

export interface PreviewOptions {
  distDir: string;
  /** The base path the site was built for ("/" or "/board/"). */
  base: string;
  /** What every response carries: everyResponseHeaders(). */
  headers: Record<string, string>;
}

export function createPreviewServer(options: PreviewOptions): Server {
  const distDir = resolve(options.distDir);
  const rules = headerRules(options.base, options.headers);
  const lookup = lookupIn(distDir);
  // Read from disk on every request (dev), so a rebuild shows without a restart.
  const files = sirv(distDir, { dev: true, etag: true, dotfiles: true, extensions: [] });
  const notFound = (res: ServerResponse) => {
    let page: Buffer | string = 'Not found';
    try {
      page = readFileSync(join(distDir, '404.html'));
    } catch {
      // A site without a 404 page gets the plain text.
    }
    // As on the hosts: the 404 page revalidates, and is typed as a page even where a feed was asked for.
    res.setHeader('Cache-Control', cacheControl.html);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.writeHead(404).end(page);
  };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
    const answer = answerFor(url.pathname, options.base, lookup);
    if (answer.kind === 'redirect') {
      res.writeHead(301, { Location: `${answer.location}${url.search}` }).end();
    } else if (answer.kind === 'file') {
      req.url = `/${encodeURI(answer.file)}`;
      files(req, res, () => notFound(res));
    } else {
      notFound(res);
    }
  });
}
