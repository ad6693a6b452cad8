import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyResponseHeaders } from '../../src/config/security.ts';
import { caddyConfig, nginxConfig, type ServerConfigOptions } from '../../src/hosting/server-config.ts';
import { ROOT } from '../support/fixture.ts';

// What docs/deploy.md says it ran: SITE_URL=https://jobs.example.org, --dist /var/www/openings/dist.
const documented: ServerConfigOptions = {
  base: '/',
  distDir: '/var/www/openings/dist',
  host: 'jobs.example.org',
  headers: everyResponseHeaders(),
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

  it("print a sub-path board as lines to paste into the domain's own site, every rule under its prefix", () => {
    const sub = { ...documented, base: 'jobs' };
    const nginx = nginxConfig(sub);
    expect(nginx).not.toMatch(/^server \{/m);
    expect(nginx.match(/^location \S+( \S+)? \{$/gm)).toEqual([
      'location /jobs/ {',
      'location /jobs/_astro/ {',
      'location /jobs/pagefind/ {',
      'location = /jobs/manifest.webmanifest {',
      'location ~ ^/jobs/(.*feed\\.xml)$ {',
      'location ~ ^/jobs/(.*feed\\.json)$ {',
      'location = /jobs {',
    ]);
    expect(nginx).toContain('  alias /var/www/openings/dist/;');
    expect(nginx).toContain('  alias /var/www/openings/dist/$1;');
    const caddy = caddyConfig(sub);
    expect(caddy).not.toContain('jobs.example.org');
    expect(caddy).toContain('@openings path /jobs /jobs/*');
    expect(caddy).toContain('redir /jobs /jobs/ permanent');
    expect(caddy).toContain('handle_path /jobs/* {');
    expect(caddy).toContain('@feed_xml path_regexp ^/jobs/.*feed\\.xml$');
  });

  it('escape what nginx and Caddy would read as syntax in header values', () => {
    const nginx = nginxConfig({ ...documented, headers: { 'X-Test': 'say "hi"' } });
    expect(nginx).toContain('add_header X-Test "say \\"hi\\"" always;');
  });
});
