import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, securityHeaders } from '../../src/config/security.ts';
import { caddyConfig, nginxConfig, type ServerConfigOptions } from '../../src/lib/server-config.ts';
import { ROOT } from '../support/fixture.ts';

// What docs/deploy.md says it ran: SITE_URL=https://jobs.example.org, --dist /var/www/openings/dist.
const documented: ServerConfigOptions = {
  base: '/',
  distDir: '/var/www/openings/dist',
  host: 'jobs.example.org',
  headers: { 'Content-Security-Policy': contentSecurityPolicy(), ...securityHeaders },
};

function fencedBlock(markdown: string, language: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(markdown);
  if (!match) throw new Error(`no ${language} block`);
  return match[1]!;
}

describe('server configs', () => {
  const deployDoc = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');

  it('are shown in docs/deploy.md exactly as npm run server-config prints them', () => {
    expect(fencedBlock(deployDoc, 'nginx')).toBe(nginxConfig(documented));
    expect(fencedBlock(deployDoc, 'caddyfile')).toBe(caddyConfig(documented));
  });

  it('put a sub-path board under its prefix, with a redirect from the bare prefix', () => {
    const sub = { ...documented, base: 'jobs' };
    const nginx = nginxConfig(sub);
    expect(nginx).toContain('location = /jobs { return 301 /jobs/; }');
    expect(nginx).toContain('location /jobs/ {\n    alias /var/www/openings/dist/;');
    expect(nginx).toContain('error_page 404 /jobs/404.html;');
    expect(nginx).toContain('~^/jobs/_astro/ "public, max-age=31536000, immutable";');
    const caddy = caddyConfig(sub);
    expect(caddy).toContain('redir /jobs /jobs/ permanent');
    expect(caddy).toContain('handle_path /jobs/* {');
  });

  it('escape what nginx and Caddy would read as syntax in header values', () => {
    const nginx = nginxConfig({ ...documented, headers: { 'X-Test': 'say "hi"' } });
    expect(nginx).toContain('add_header X-Test "say \\"hi\\"" always;');
  });
});
