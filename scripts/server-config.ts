/**
 * Prints an nginx or Caddy config for serving dist/, with the same headers
 * and cache rules as `_headers` (use -s, or npm's banner lands in the file):
 *   npm run -s server-config -- nginx [--dist /var/www/openings/dist]
 *   npm run -s server-config -- caddy [--dist …]
 * BASE_PATH and SITE_URL are read as the build reads them.
 */
import { isAbsolute, resolve } from 'node:path';
import { contentSecurityPolicy, securityHeaders } from '../src/config/security.ts';
import { site } from '../src/config/site.ts';
import { caddyConfig, nginxConfig } from '../src/hosting/server-config.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { parseOptions } from '../src/cli/options.ts';

const usage = 'Usage: npm run -s server-config -- nginx|caddy [--dist /var/www/openings/dist]';
const { positionals, values } = parseOptions(
  {
    allowPositionals: true,
    options: { dist: { type: 'string', default: '/var/www/openings/dist' } },
  },
  usage,
);
const server = positionals[0];
if (server !== 'nginx' && server !== 'caddy') {
  console.error(usage);
  process.exit(2);
}
// The server reads the path from its own folder (nginx: /usr/share/nginx), not from here.
if (!isAbsolute(values.dist)) console.error(`Note: --dist ${values.dist} is relative; using ${resolve(values.dist)}.`);
const base = normalizeBase(process.env['BASE_PATH']);
const siteUrl = process.env['SITE_URL'];
if (!siteUrl && base === '/')
  console.error(`Note: SITE_URL is not set; the config answers for ${new URL(site.url).hostname} (src/config/site.ts).`);
const options = {
  base,
  distDir: resolve(values.dist),
  host: new URL(siteUrl || site.url).hostname,
  headers: { 'Content-Security-Policy': contentSecurityPolicy(), ...securityHeaders },
};
process.stdout.write(server === 'nginx' ? nginxConfig(options) : caddyConfig(options));
