import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, OUTPUT, writeFixtureContent } from '../support/fixture.ts';

describe('build with invalid content', () => {
  it('fails with the validator message, and writes no site', () => {
    const content = join(OUTPUT, 'content-invalid');
    const outDir = join(OUTPUT, 'dist-invalid');
    writeFixtureContent(content);
    writeFileSync(
      join(content, 'jobs/bad-currency-alder.md'),
      `---
title: Support Engineer
company: alder-works
category: customer-support
workplace: remote
region: europe
experience: entry
salary: { min: 30000, max: 40000, currency: EURO }
skills: [Zendesk]
posted: 2026-11-20
apply: https://alder.example/careers/support
---
Fixture listing with a wrong currency code.
`,
    );
    const { status, output } = buildSite({ content, outDir });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-currency-alder.md:8  error  salary.currency: "EURO" is not an ISO 4217 code; did you mean "EUR"?');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
