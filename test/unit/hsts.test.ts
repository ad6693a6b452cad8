/**
 * Strict-Transport-Security is one setting (src/config/security.ts), off by
 * default; when on, all four outputs carry the same header, and when off none.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { everyResponseHeaders, strictTransportSecurity } from '../../src/config/security.ts';
import { writeHostFiles } from '../../src/hosting/write-host-files.ts';
import { caddyConfig, nginxConfig } from '../../src/hosting/server-config.ts';

const on = { ...strictTransportSecurity, enabled: true, maxAgeSeconds: 31_536_000, includeSubDomains: false };

function outputs(hsts: typeof strictTransportSecurity): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'openings-hsts-'));
  try {
    writeHostFiles(dir, '/board/', hsts);
    const server = { base: '/board/', distDir: '/srv/dist', host: 'jobs.example.org', headers: everyResponseHeaders(hsts) };
    return {
      _headers: readFileSync(join(dir, '_headers'), 'utf8'),
      'vercel.json': readFileSync(join(dir, 'vercel.json'), 'utf8'),
      nginx: nginxConfig(server),
      caddy: caddyConfig(server),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Strict-Transport-Security', () => {
  it('is off by default', () => {
    expect(strictTransportSecurity.enabled).toBe(false);
    expect(everyResponseHeaders()).not.toHaveProperty('Strict-Transport-Security');
  });

  it('is in none of _headers, vercel.json, nginx and Caddy when off', () => {
    for (const [name, text] of Object.entries(outputs({ ...on, enabled: false }))) {
      expect(text, name).not.toContain('Strict-Transport-Security');
      expect(text, name).toContain('X-Content-Type-Options');
    }
  });

  it('is in all four, with the same value, when on', () => {
    const files = outputs(on);
    expect(files['_headers']).toContain('/board/*\n  Content-Security-Policy:');
    expect(files['_headers']).toContain('\n  Strict-Transport-Security: max-age=31536000\n');
    expect(JSON.parse(files['vercel.json']!).headers[0].headers).toContainEqual({
      key: 'Strict-Transport-Security',
      value: 'max-age=31536000',
    });
    expect(files['nginx']).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
    expect(files['caddy']).toContain('Strict-Transport-Security "max-age=31536000"');
  });

  it('adds includeSubDomains only when asked', () => {
    expect(everyResponseHeaders({ ...on, includeSubDomains: true })['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(everyResponseHeaders({ ...on, maxAgeSeconds: 300 })['Strict-Transport-Security']).toBe('max-age=300');
  });
});
