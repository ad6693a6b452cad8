import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
// The function Astro's content layer uses to split and parse frontmatter: the reference for the split.
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { buildYamlOptions, readSourceFile, type ReadResult } from '../../src/listing-files/source-file.ts';
import { invalidateImpossibleDates, oddKeyOffset } from '../../src/listing-files/yaml-document-checks.ts';

const FILE = 'content/jobs/x-acme.md';
const read = (text: string) => readSourceFile(FILE, new TextEncoder().encode(text));
const errors = (result: ReadResult) => (result.ok ? [] : result.problems.map((p) => `${p.line} ${p.field}: ${p.message}`));

function source(text: string) {
  const result = read(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.source;
}

describe('where the frontmatter ends', () => {
  it('ends where Astro ends it, with the same data and body', () => {
    for (const text of [
      '---\ntitle: x\n---\nBody\n---\nmore\n',
      '---\r\ntitle: x\r\nskills:\r\n  - Go\r\n---\r\n\r\nBody\r\n+++\r\n',
      '---\ntitle: x\n---',
    ]) {
      const read = source(text);
      const astro = parseFrontmatter(text);
      expect(read.data).toEqual(astro.frontmatter);
      expect(read.body.trim()).toBe(astro.content.replace(/\r\n/g, '\n').trim());
    }
  });

  it('refuses a line starting with "+++" before the closing "---": Astro would end the frontmatter there', () => {
    const text = '---\ntitle: x\n+++: y\ncompany: acme\n---\nBody\n';
    expect(extractFrontmatter(text)).toBe('\ntitle: x\n');
    expect(errors(read(text))).toEqual([
      '3 frontmatter: has a line starting with "+++", where the site would end the frontmatter; indent it, or wrap the value in double quotes',
    ]);
  });

  it('asks for a closing line of only "---", and takes one with trailing spaces', () => {
    expect(errors(read('---\ntitle: x\n---- \nBody\n'))).toEqual([
      '3 frontmatter: ends at the first line starting with "---"; make that line only "---"',
    ]);
    const spaced = source('---\ntitle: x\n---  \nBody\n');
    expect(spaced.body).toBe('Body\n');
    expect(spaced.bodyLine).toBe(4);
  });
});

describe('what the YAML parser reads that the editor did not mean', () => {
  it('makes an impossible date invalid where the build would roll it over to the next month', () => {
    const text = '---\nposted: 2026-02-30\nexpires: 2026-03-02\nbase: &b { d: 2026-04-31 }\nmerged:\n  <<: *b\n---\nBody\n';
    expect(parseFrontmatter(text).frontmatter['posted']).toEqual(new Date('2026-03-02'));
    const { data } = source(text);
    expect(Number.isNaN((data['posted'] as Date).getTime())).toBe(true);
    expect(data['expires']).toEqual(new Date('2026-03-02'));
    for (const group of ['base', 'merged']) expect(Number.isNaN((data[group] as Record<string, Date>)['d']!.getTime()), group).toBe(true);
  });

  it('leaves real dates, timestamps and quoted text alone', () => {
    const doc = parseDocument('a: 2028-02-29\nb: 2026-11-20T23:30:00-05:00\nc: "2026-02-30"\n', buildYamlOptions);
    invalidateImpossibleDates(doc);
    expect(doc.toJS()).toEqual({ a: new Date('2028-02-29'), b: new Date('2026-11-21T04:30:00Z'), c: '2026-02-30' });
  });

  it('refuses a field name that YAML can only turn into text like "{ title: }", on its line', () => {
    const message = 'frontmatter: has a field name that YAML reads as a list, a group or a date; write field names as words, like title:';
    expect(errors(read('---\ntitle: x\n? title:\n: y\n---\nBody\n'))).toEqual([`3 ${message}`]);
    expect(errors(read('---\ntitle: x\nsalary:\n  [a, b]: 1\n---\nBody\n'))).toEqual([`4 ${message}`]);
    expect(errors(read('---\ntitle: x\n2026-11-20: y\n---\nBody\n'))).toEqual([`3 ${message}`]);
    expect(oddKeyOffset(parseDocument('1: x\nnull: y\ntrue: z\n"2026-11-20": w\n', buildYamlOptions))).toBeUndefined();
  });
});
