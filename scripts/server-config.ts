/**
 * Prints an nginx or Caddy config for serving dist/, with the same headers
 * and cache rules as `_headers`:
 *   npm run server-config -- nginx [--dist /var/www/openings/dist]
 *   npm run server-config -- caddy [--dist …]
 * BASE_PATH and SITE_URL are read as the build reads them.
 */
import { parseArgs } from 'node:util';
import { contentSecurityPolicy, securityHeaders } from '../src/config/security.ts';
import { site } from '../src/config/site.ts';
import { caddyConfig, nginxConfig } from '../src/lib/server-config.ts';

const usage = 'Usage: npm run server-config -- nginx|caddy [--dist /var/www/openings/dist]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: '/var/www/openings/dist' } },
});
const server = positionals[0];
if (server !== 'nginx' && server !== 'caddy') {
  console.error(usage);
  process.exit(2);
}
const options = {
  base: process.env['BASE_PATH'] ?? '/',
  distDir: values.dist,
  host: new URL(process.env['SITE_URL'] || site.url).hostname,
  headers: { 'Content-Security-Policy': contentSecurityPolicy(), ...securityHeaders },
};
process.stdout.write(server === 'nginx' ? nginxConfig(options) : caddyConfig(options));
