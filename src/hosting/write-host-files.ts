/** Writes `_headers` (Netlify, Cloudflare Pages) and `vercel.json` into the built site, with the same CSP the pages carry. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyResponseHeaders, strictTransportSecurity } from '../config/security.ts';
import { headerRules, netlifyHeaders, vercelConfig } from './host-config.ts';

/** Returns the paths written. */
export function writeHostFiles(outDir: string, base: string, hsts = strictTransportSecurity): string[] {
  const rules = headerRules(base, everyResponseHeaders(hsts));
  const files = { _headers: netlifyHeaders(rules), 'vercel.json': `${JSON.stringify(vercelConfig(rules), null, 2)}\n` };
  return Object.entries(files).map(([name, text]) => {
    const path = join(outDir, name);
    writeFileSync(path, text);
    return path;
  });
}
