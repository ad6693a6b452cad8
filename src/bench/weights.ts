/**
 * What one built page costs a first-time visitor, as a CDN would send it:
 * the HTML, each stylesheet it links and each of our scripts it loads (with
 * the chunks those import), every file gzipped on its own. Pagefind's files
 * are left out: they are measured by the search measurement. Also finds
 * render-blocking scripts in <head>.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptTag {
  src: string | undefined;
  type: string | undefined;
  async: boolean;
  defer: boolean;
  inHead: boolean;
}

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
};
const hasAttr = (tag: string, name: string) =>
  new RegExp(`\\s${name}(?:[\\s=>/]|$)`, 'i').test(tag.replace(/=\s*("[^"]*"|'[^']*')/g, '=""'));

export function scriptTags(html: string): ScriptTag[] {
  const headEnd = html.search(/<\/head\s*>/i);
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => {
    const tag = m[0];
    return {
      src: attr(tag, 'src'),
      type: attr(tag, 'type')?.trim().toLowerCase(),
      async: hasAttr(tag, 'async'),
      defer: hasAttr(tag, 'defer'),
      inHead: headEnd === -1 || m.index < headEnd,
    };
  });
}

/** Types a browser runs as classic script (and so may block rendering). */
const classicScriptTypes = new Set(['', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

/**
 * Scripts in <head> that block rendering: classic scripts without async or
 * defer. Modules are deferred, and data blocks (application/ld+json) never run.
 */
export function renderBlockingScripts(html: string): string[] {
  return scriptTags(html)
    .filter((s) => s.inHead && classicScriptTypes.has(s.type ?? '') && !s.async && !(s.defer && s.src))
    .map((s) => (s.src ? `<script src="${s.src}">` : '<script> (inline)'));
}

export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /(^|\s)stylesheet(\s|$)/i.test(attr(tag, 'rel') ?? ''))
    .map((tag) => attr(tag, 'href'))
    .filter((href): href is string => Boolean(href));
}

export function scriptSrcs(html: string): string[] {
  return scriptTags(html)
    .map((s) => s.src)
    .filter((src): src is string => Boolean(src));
}

/** Relative modules a chunk imports, statically or dynamically ("./x.js"). */
export function relativeImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.\.?\/[^"'`]+\.m?js)["'`]/g)) found.add(m[1]!);
  return [...found];
}

export const gzipSize = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

export interface FileWeight {
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  name: string;
  /** URL path, like /jobs/x/. */
  path: string;
  html: FileWeight;
  css: FileWeight[];
  js: FileWeight[];
  htmlCssGzip: number;
  jsGzip: number;
  renderBlocking: string[];
}

/** Where a site URL lives in dist ("/board/_astro/x.css" -> "<dist>/_astro/x.css"); undefined for other origins. */
export function distPath(dist: string, url: string, base = '/'): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  return join(dist, rest.endsWith('/') || rest === '' ? join(rest, 'index.html') : rest);
}

function weigh(url: string, file: string): FileWeight {
  const bytes = readFileSync(file);
  return { url, bytes: bytes.length, gzip: gzipSize(bytes) };
}

/** Measures one page of a built site; undefined when the page does not exist. */
export function measurePage(dist: string, name: string, path: string, base = '/'): PageWeight | undefined {
  const file = distPath(dist, path, base);
  if (!file || !existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const css = stylesheetHrefs(html)
    .map((href) => ({ href, file: distPath(dist, href, base) }))
    .filter((s): s is { href: string; file: string } => Boolean(s.file && existsSync(s.file)))
    .map((s) => weigh(s.href, s.file));

  // Our scripts and the chunks they import; Pagefind's own files are measured elsewhere.
  const js: FileWeight[] = [];
  const queue = scriptSrcs(html).filter((src) => !src.includes('/pagefind/'));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const jsFile = distPath(dist, url, base);
    if (!jsFile || !existsSync(jsFile)) continue;
    js.push(weigh(url, jsFile));
    for (const spec of relativeImports(readFileSync(jsFile, 'utf8'))) {
      const resolved = new URL(spec, `http://x${url}`).pathname;
      if (!resolved.includes('/pagefind/')) queue.push(resolved);
    }
  }
  const htmlWeight: FileWeight = { url: path, bytes: Buffer.byteLength(html), gzip: gzipSize(html) };
  return {
    name,
    path,
    html: htmlWeight,
    css,
    js,
    htmlCssGzip: htmlWeight.gzip + css.reduce((sum, f) => sum + f.gzip, 0),
    jsGzip: js.reduce((sum, f) => sum + f.gzip, 0),
    renderBlocking: renderBlockingScripts(html),
  };
}
