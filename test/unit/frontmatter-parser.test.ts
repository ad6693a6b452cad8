/**
 * The validator reads frontmatter with the build's own parser and options
 * (src/listing-files/source-file.ts): Astro's content loader parses it
 * with `parseFrontmatter` from @astrojs/internal-helpers. Both must give the
 * same data, so that a listing the validator passes builds as it was
 * checked. The fuzz tests (fuzz-files.test.ts) compare them on generated files;
 * these cases are the ones an Astro upgrade is most likely to change.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readSourceFile } from '../../src/listing-files/source-file.ts';

const file = 'content/jobs/x.md';
const ours = (text: string) => {
  const read = readSourceFile(file, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  return read.source.data;
};
const theBuilds = (text: string) => parseFrontmatter(text).frontmatter;

describe("frontmatter, read as Astro's loader reads it", () => {
  it.each([
    ['dates and timestamps', 'posted: 2026-11-20\nexpires: 2026-12-01T10:00:00Z\n'],
    ['YAML 1.2 core scalars (no yes/no booleans, no octal 0755)', 'a: yes\nb: no\nc: 0755\nd: 0o755\ne: ~\nf: .inf\n'],
    ['numbers and strings that look like them', 'min: 85000\nmax: 8.5e4\nid: "0042"\nver: 1.10\n'],
    ['merge keys', 'base: &base { min: 1, currency: EUR }\nsalary:\n  <<: *base\n  max: 2\n'],
    ['flow and block sequences', 'skills: [Go, "C#", SQL]\nregion:\n  - DE\n  - FR\n'],
    ['quoted text with escapes', 'title: "Tide \\"Pilot\\" \\u00e9"\nlocation: \'O\'\'Brien Street\'\n'],
    ['block scalars', 'title: >-\n  Senior\n  Engineer\n'],
  ])('%s', (_, yaml) => {
    const text = `---\n${yaml}---\nBody.\n`;
    expect(ours(text)).toEqual(theBuilds(text));
  });

  it('refuses a duplicate key, as the build does', () => {
    const text = '---\ntitle: A\ntitle: B\n---\n';
    expect(() => theBuilds(text)).toThrow();
    const read = readSourceFile(file, new TextEncoder().encode(text));
    expect(read.ok).toBe(false);
  });
});

describe('the YAML package', () => {
  it('is the very copy Astro’s loader uses, so no version can drift between them', () => {
    const fromAstro = createRequire(import.meta.resolve('@astrojs/internal-helpers/frontmatter')).resolve('yaml');
    expect(fromAstro).toBe(createRequire(import.meta.url).resolve('yaml'));
  });
});
