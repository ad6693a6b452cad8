/**
 * Serves a built dist/ folder over HTTP on 127.0.0.1, optionally under a
 * base path, the way a CDN would: directory index files and the site's 404.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveDist(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/html' }).end(notFound);
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html' }).end(notFound);
    });
  });
  return listenLocally(server, base);
}

/** Starts a server on a free port of 127.0.0.1; its URL ends in the base path. */
export async function listenLocally(server: Server, base = '/'): Promise<StaticServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
