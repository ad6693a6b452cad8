/**
 * A stand-in for the applicant tracking systems' public APIs, on 127.0.0.1:
 * tests register what each path answers (JSON in a service's shape, an
 * error status, a hang, a huge body), point the importer at it with the
 * IMPORT_*_URL variables, and read back which paths were asked for.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply =
  | { json: unknown; status?: number }
  | { body: string | Buffer; status?: number; headers?: Record<string, string> }
  | { status: number }
  /** Answers nothing until the server closes: a timeout. */
  | { hang: true }
  /** A 200 whose body arrives in chunks without a Content-Length; with `stall`, the last chunk never comes. */
  | { chunks: string[]; stall?: boolean }
  /** Several replies in turn, the last one repeated (a 503 then a 200). */
  | { sequence: Reply[] };

export interface AtsServer {
  url: string;
  /** What `path` (without the query) answers from now on. */
  reply: (path: string, reply: Reply) => void;
  /** Every path asked for, with its query, in order. */
  requests: string[];
  close: () => Promise<void>;
}

export async function startAtsServer(): Promise<AtsServer> {
  const replies = new Map<string, Reply>();
  const turns = new Map<string, number>();
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();

  const answer = (path: string, reply: Reply, res: ServerResponse): void => {
    if ('sequence' in reply) {
      const turn = turns.get(path) ?? 0;
      turns.set(path, turn + 1);
      answer(path, reply.sequence[Math.min(turn, reply.sequence.length - 1)]!, res);
    } else if ('hang' in reply) {
      hanging.add(res);
    } else if ('chunks' in reply) {
      // No Content-Length: Node sends the body chunked, so the reader cannot know its size in advance.
      res.writeHead(200, { 'content-type': 'application/json' });
      const sent = reply.stall ? reply.chunks.slice(0, -1) : reply.chunks;
      for (const chunk of sent) res.write(chunk);
      if (reply.stall) hanging.add(res);
      else res.end();
    } else if ('json' in reply) {
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(reply.json));
    } else if ('body' in reply) {
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers }).end(reply.body);
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end('{"ok":false,"error":"Document not found"}');
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    requests.push(url);
    const path = url.split('?')[0]!;
    const reply = replies.get(path);
    if (reply) answer(path, reply, res);
    else res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reply: (path, reply) => {
      replies.set(path, reply);
      turns.delete(path);
    },
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
