/**
 * Serves the built site as the hosts do (src/hosting/preview-server.ts):
 *   npm run preview [-- --port 4321 --host localhost]
 * BASE_PATH and OUT_DIR are read as the build reads them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { everyResponseHeaders } from '../src/config/security.ts';
import { parseOptions } from '../src/cli/options.ts';
import { createPreviewServer } from '../src/hosting/preview-server.ts';
import { normalizeBase } from '../src/lib/urls.ts';

const usage = 'Usage: npm run preview [-- --port 4321 --host localhost]';
const { values } = parseOptions(
  { options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } } },
  usage,
);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`✖ --port ${values.port} is not a port number.\n${usage}`);
  process.exit(2);
}
const distDir = resolve(process.env['OUT_DIR'] || 'dist');
if (!existsSync(distDir)) {
  console.error(`✖ No built site in ${distDir}: run npm run build first.`);
  process.exit(1);
}
const base = normalizeBase(process.env['BASE_PATH']);
const server = createPreviewServer({ distDir, base, headers: everyResponseHeaders() });
// A port in use, say, gets one line, not a stack trace.
server.on('error', (error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${distDir} at http://${values.host}:${listening}${base} (Ctrl+C stops it)`);
});
