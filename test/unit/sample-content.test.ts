/** The sample board the site-wide checks build: content/ as it stood on the pinned BUILD_DATE. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DATE, writeSampleContent } from '../support/fixture.ts';

describe('writeSampleContent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openings-sample-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves out listings posted after BUILD_DATE, so a job added today fails no test, and keeps the rest', () => {
    const source = join(dir, 'content');
    mkdirSync(join(source, 'jobs'), { recursive: true });
    mkdirSync(join(source, 'companies'));
    const listing = (posted: string) => `---\ntitle: A job\nposted: ${posted}\n---\nText\n`;
    writeFileSync(join(source, 'jobs', 'on-the-day.md'), listing(BUILD_DATE));
    writeFileSync(join(source, 'jobs', 'earlier.md'), listing('2026-10-01'));
    writeFileSync(join(source, 'jobs', 'added-today.md'), listing('2026-11-27'));
    writeFileSync(join(source, 'jobs', 'quoted-later.md'), listing('"2027-01-05"'));
    writeFileSync(join(source, 'companies', 'acme.md'), '---\nname: Acme\n---\n');
    const target = writeSampleContent(join(dir, 'sample'), source);
    expect(readdirSync(join(target, 'jobs')).sort()).toEqual(['earlier.md', 'on-the-day.md']);
    expect(readdirSync(join(target, 'companies'))).toEqual(['acme.md']);
    expect(readdirSync(join(source, 'jobs'))).toHaveLength(4);
  });
});
