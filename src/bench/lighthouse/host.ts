/** The built site served as a host serves it, for Lighthouse: text gzipped, and the production headers. */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { contentSecurityPolicy, securityHeaders } from '../../config/security.ts';
import { listenLocally, type StaticServer } from '../../../test/support/serve.ts';

const compressible = /^(text\/|application\/(javascript|json|manifest\+json|xml|wasm)|image\/svg\+xml)/;
const hopByHop = new Set(['content-length', 'content-encoding', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * Puts gzip and the production headers in front of the test server, which
 * sends files as they are: hosts compress text (docs/deploy.md), and
 * Lighthouse's simulated 4G charges for the bytes on the wire.
 */
export async function serveLikeAHost(upstream: StaticServer, base: string): Promise<StaticServer> {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy(), ...securityHeaders };
  const server = createServer((req, res) => {
    fetch(new URL(req.url ?? '/', upstream.url), { redirect: 'manual' })
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        const gzip = compressible.test(response.headers.get('content-type') ?? '') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        const sent = gzip ? gzipSync(body) : body;
        for (const [name, value] of response.headers) if (!hopByHop.has(name)) res.setHeader(name, value);
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        if (gzip) res.setHeader('Content-Encoding', 'gzip').setHeader('Vary', 'Accept-Encoding');
        res.writeHead(response.status, { 'Content-Length': String(sent.length) }).end(req.method === 'HEAD' ? undefined : sent);
      })
      .catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  return listenLocally(server, base);
}
