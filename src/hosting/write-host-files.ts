/**
 * Writes `_headers` (Netlify, Cloudflare Pages) and `vercel.json` into the
 * built site (part of `npm run build`), with the same CSP the pages carry.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, securityHeaders } from '../config/security.ts';
import { headerRules, netlifyHeaders, vercelConfig } from './host-config.ts';
import { builtSiteDir } from '../build/out-dir.ts';

const outDir = builtSiteDir();
const rules = headerRules(process.env['BASE_PATH'] ?? '/', contentSecurityPolicy(), securityHeaders);
writeFileSync(join(outDir, '_headers'), netlifyHeaders(rules));
writeFileSync(join(outDir, 'vercel.json'), `${JSON.stringify(vercelConfig(rules), null, 2)}\n`);
console.log(`Host headers: ${join(outDir, '_headers')}, ${join(outDir, 'vercel.json')}`);
