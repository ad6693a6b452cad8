import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  companyFieldRows,
  endMarker,
  extractFieldReference,
  fieldReference,
  jobFieldRows,
  spliceFieldReference,
  startMarker,
} from '../../src/listing-files/field-reference.ts';
import { companySchema, logoPathSchema } from '../../src/schema/company.ts';
import { jobSchema, jobShape } from '../../src/schema/job.ts';
import { categoryIds } from '../../src/config/categories.ts';
import { regionIds } from '../../src/config/regions.ts';
import { site } from '../../src/config/site.ts';
import { readSourceFile } from '../../src/listing-files/source-file.ts';

const contributing = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
const reference = fieldReference();

/** The markdown table that follows a heading, as rows of trimmed cells (header and divider dropped). */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2);
}

const jobTable = tableAfter(reference, '### Job fields');
const rowOf = (table: string[][], path: string) => table.find((cells) => cells[0] === `\`${path}\``);

describe('field reference in CONTRIBUTING.md', () => {
  it('is up to date with the schema and config (run npm run docs:fields)', () => {
    expect(extractFieldReference(contributing)).toBe(reference);
    expect(spliceFieldReference(contributing, reference)).toBe(contributing);
  });

  it('notices a hand edit between the markers', () => {
    const edited = contributing.replace('| `title` | **yes**', '| `title` | no');
    expect(edited).not.toBe(contributing);
    expect(extractFieldReference(edited)).not.toBe(reference);
    expect(spliceFieldReference(edited, reference)).toBe(contributing);
  });

  it('replaces only the text between the markers', () => {
    const doc = `# Title\n\nBefore.\n\n${startMarker}\nold\n${endMarker}\n\nAfter.\n`;
    expect(spliceFieldReference(doc, 'new')).toBe(`# Title\n\nBefore.\n\n${startMarker}\nnew\n${endMarker}\n\nAfter.\n`);
    expect(() => spliceFieldReference('# No markers\n', 'new')).toThrow(/markers/);
    expect(extractFieldReference(`${endMarker}\n${startMarker}`)).toBeUndefined();
  });
});

describe('generated job table', () => {
  it('has a row for every job field, in schema order', () => {
    const keys = Object.keys(jobShape);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(rowOf(jobTable, key), `row for ${key}`).toBeDefined();
    const topLevel = jobTable.map((cells) => cells[0]).filter((cell) => cell && !cell.includes('.'));
    expect(topLevel).toEqual(keys.map((key) => `\`${key}\``));
  });

  it('has rows for the salary and source sub-fields', () => {
    for (const path of ['salary.min', 'salary.max', 'salary.currency', 'salary.period', 'salary.estimated', 'source.name', 'source.url']) {
      expect(rowOf(jobTable, path), `row for ${path}`).toBeDefined();
    }
  });

  it('lists every category and region id', () => {
    const categoryRows = tableAfter(reference, '### Categories').map((cells) => cells[0]);
    const regionRows = tableAfter(reference, '### Regions').map((cells) => cells[0]);
    expect(categoryRows).toEqual(categoryIds.map((id) => `\`${id}\``));
    expect(regionRows).toEqual(regionIds.map((id) => `\`${id}\``));
    for (const id of categoryIds) expect(rowOf(jobTable, 'category')?.[2]).toContain(`\`${id}\``);
  });

  it('marks required fields required and optional ones not', () => {
    expect(rowOf(jobTable, 'title')?.[1]).toBe('**yes**');
    expect(rowOf(jobTable, 'apply')?.[1]).toBe('**yes**');
    expect(rowOf(jobTable, 'salary')?.[1]).toBe('no');
    expect(rowOf(jobTable, 'salary.min')?.[1]).toMatch(/^\*\*yes\*\*, if `salary`/);
    expect(rowOf(jobTable, 'salary.max')?.[1]).toBe('no');
  });

  it('agrees with the schema on what is required', () => {
    for (const row of jobFieldRows().filter((r) => !r.path.includes('.'))) {
      const key = row.path as keyof typeof jobShape;
      expect(row.required, row.path).toBe(!jobShape[key].safeParse(undefined).success);
    }
    const company = companySchema(logoPathSchema).shape;
    for (const row of companyFieldRows().filter((r) => !r.path.includes('.'))) {
      expect(row.required, row.path).toBe(!company[row.path as keyof typeof company].safeParse(undefined).success);
    }
  });

  it('shows defaults and the conditional rules', () => {
    expect(rowOf(jobTable, 'employment')?.[1]).toBe('no (default `full-time`)');
    expect(rowOf(jobTable, 'salary.period')?.[1]).toBe('no (default `year`)');
    expect(rowOf(jobTable, 'featured')?.[1]).toBe('no (default `false`)');
    expect(rowOf(jobTable, 'draft')?.[1]).toBe('no (default `false`)');
    expect(rowOf(jobTable, 'expires')?.[1]).toBe(`no (default \`posted\` + ${site.defaultExpiryDays} days)`);
    expect(rowOf(jobTable, 'region')?.[1]).toBe('**for remote and hybrid jobs**');
    expect(rowOf(jobTable, 'location')?.[1]).toBe('**for hybrid and onsite jobs**');
    expect(reference).toContain(`closes ${site.defaultExpiryDays} days after \`posted\``);
  });

  it('fills every cell', () => {
    for (const row of [...jobFieldRows(), ...companyFieldRows()]) {
      expect(row.format, `${row.path} format`).not.toBe('');
      expect(row.description, `${row.path} description`).not.toBe('');
    }
  });
});

describe('CONTRIBUTING.md template', () => {
  it('is a listing the schema accepts', () => {
    const template = /```markdown\n(---\n[\s\S]*?)```/.exec(contributing)?.[1];
    expect(template, 'a ```markdown block starting with ---').toBeDefined();
    const read = readSourceFile('template.md', new TextEncoder().encode(template));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const result = jobSchema.safeParse(read.source.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});
