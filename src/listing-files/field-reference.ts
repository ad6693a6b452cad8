/**
 * The field reference in CONTRIBUTING.md, built from the schema and the
 * board's config so the docs cannot drift from what the validator checks.
 *
 * - Fields, their order and their texts come from `jobShape` and
 *   `companySchema` (each field's `.describe()`).
 * - "Required" comes from asking the schema: a field that accepts
 *   `undefined` is optional (and its output is the default, if any); a
 *   field that the whole job schema demands only for some workplaces is
 *   required for those workplaces.
 * - Lengths, counts and allowed values come from zod's JSON Schema export;
 *   only formats the schema checks in code (dates, links, ids) are worded
 *   here, in `formats`.
 * - Categories, regions and the default expiry come from `src/config/`.
 *
 * `npm run docs:fields` writes the result between the markers below;
 * `test/unit/field-docs.test.ts` fails when the committed text is stale.
 */
import { z } from 'astro/zod';
import { companyProfileSchema } from '../schema/company.ts';
import { experienceLevels, jobSchema, jobShape, workplaces } from '../schema/job.ts';
import { categories } from '../config/categories.ts';
import { regions } from '../config/regions.ts';
import { site } from '../config/site.ts';

export const startMarker = '<!-- fields:start -->';
export const endMarker = '<!-- fields:end -->';

export interface FieldRow {
  /** Dotted path as an editor writes it: "salary.currency". */
  path: string;
  /** True when every listing (or every group that has this field's parent) must set it. */
  required: boolean;
  /** The Required? cell: "**yes**", "no (default `year`)", "**for remote and hybrid jobs**"… */
  requirement: string;
  format: string;
  description: string;
}

type Shape = Readonly<Record<string, z.ZodType>>;
type JsonSchema = z.core.JSONSchema.JSONSchema;

/** Formats the schema checks in code (refinements), which JSON Schema cannot show. */
const formats: Readonly<Record<string, string>> = {
  company: 'lowercase words joined by hyphens, like `fernhill-analytics`',
  region: 'a region id (see [Regions](#regions)), a two-letter country code like `DE`, or a list like `[europe, US]`',
  exclude: 'a two-letter country code inside `region`, or a list like `[FR, ES]`',
  'timezones.from': 'a UTC offset like `UTC-1`, `UTC+5:30` or `GMT+2`',
  'timezones.to': 'a UTC offset like `UTC+3`',
  posted: 'date `YYYY-MM-DD`',
  expires: 'date `YYYY-MM-DD`',
  apply: 'an `https://` link or a `mailto:` address',
  'salary.currency': 'ISO 4217 currency code, like `EUR`, `USD`, `GBP`',
  'source.url': 'an `https://` link',
  website: 'an `https://` link',
  logo: 'an image file next to the profile, like `./<id>.svg` or `./<id>.png` (no folders)',
  'import.board': 'letters, digits and `-` (Lever and Ashby also `.` and `_`)',
  'import.departments': 'department names, each with a category id, like `{ Design: product-design }`',
  'imported.id': 'letters, digits, `-` and `_`',
  'imported.digest': '16 hexadecimal characters in double quotes',
};

/** Examples appended to a derived format. */
const examples: Readonly<Record<string, string>> = {
  skills: '`[Figma, User research]`',
};

/**
 * For fields whose schema has no `.describe()` text yet. A description in
 * src/schema/ wins over these.
 */
const fallbackDescriptions: Readonly<Record<string, string>> = {
  'source.name': 'Name of the site or board the job was first posted on.',
  'source.url': 'Link to the job on that site.',
};

/** Defaults applied outside the schema (by the site, when it builds). */
const computedDefaults: Readonly<Record<string, string>> = {
  expires: `\`posted\` + ${site.defaultExpiryDays} days`,
};

/** A listing that passes the schema; probes change one thing and watch for an issue. */
const sampleJob: Readonly<Record<string, unknown>> = {
  title: 'Example job title',
  company: 'example-company',
  category: categories[0].id,
  workplace: workplaces[0],
  region: regions[0].id,
  location: 'Example City, Country',
  experience: experienceLevels[0],
  skills: ['Example skill'],
  posted: '2026-01-15',
  apply: 'https://example.com/jobs/1',
};

/** Does the job schema report a problem at exactly `path` for this input? */
function rejectsAt(input: Readonly<Record<string, unknown>>, path: string): boolean {
  const result = jobSchema.safeParse(input);
  return !result.success && result.error.issues.some((issue) => issue.path.join('.') === path);
}

function assertSampleIsValid(): void {
  for (const workplace of workplaces) {
    const result = jobSchema.safeParse({ ...sampleJob, workplace });
    if (!result.success) {
      const first = result.error.issues[0];
      throw new Error(
        `field-reference: the probe listing no longer passes the schema (${first?.path.join('.')}: ${first?.message}); update sampleJob in src/listing-files/field-reference.ts`,
      );
    }
  }
}

/** Workplaces for which leaving out this (optional-looking) field is an error. */
function requiredForWorkplaces(field: string): Array<(typeof workplaces)[number]> {
  return workplaces.filter((workplace) => {
    const input: Record<string, unknown> = { ...sampleJob, workplace };
    delete input[field];
    return rejectsAt(input, field);
  });
}

const code = (value: unknown) => `\`${String(value)}\``;

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function range(min: number | undefined, max: number | undefined, noun: string): string {
  if (min !== undefined && max !== undefined) return min === max ? `${min} ${noun}` : `${min}–${max} ${noun}`;
  if (min !== undefined) return `at least ${min} ${noun}`;
  if (max !== undefined) return `at most ${max} ${noun}`;
  return '';
}

/** Allowed values / format in words, from zod's JSON Schema for one field. */
function describeJson(json: JsonSchema): string {
  if (json.enum) return json.enum.map(code).join(', ');
  switch (json.type) {
    case 'boolean':
      return '`true` or `false`';
    case 'number':
    case 'integer': {
      const above =
        typeof json.exclusiveMinimum === 'number'
          ? `above ${json.exclusiveMinimum}`
          : json.minimum !== undefined
            ? `${json.minimum} or more`
            : '';
      return ['a number', above].filter(Boolean).join(' ') + ', without currency signs or commas';
    }
    case 'string': {
      const length = range(json.minLength, json.maxLength, 'characters');
      return length ? `text, ${length}` : 'text';
    }
    case 'array': {
      const count = range(json.minItems, json.maxItems, 'entries');
      const items = typeof json.items === 'object' && !Array.isArray(json.items) ? describeJson(json.items) : '';
      return `a list${count ? ` of ${count}` : ''}${items ? ` (each ${items})` : ''}`;
    }
    case 'object':
      return `a group of ${Object.keys(json.properties ?? {})
        .map(code)
        .join(', ')} (rows below)`;
  }
  return 'text';
}

function formatOf(path: string, field: z.ZodType): string {
  const format = formats[path] ?? describeJson(z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }));
  const example = examples[path];
  return example ? `${format}, like ${example}` : format;
}

/** The object inside optional/default wrappers, if the field is a group. */
function groupShape(field: z.ZodType): Shape | undefined {
  let inner: unknown = field;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap();
  return inner instanceof z.ZodObject ? (inner.shape as Shape) : undefined;
}

interface Context {
  /** Parent group's path ("salary"), for nested rows. */
  parent?: string;
  /** Probe the job schema for workplace-dependent requirements. */
  probeWorkplaces: boolean;
}

function rowsFor(shape: Shape, context: Context): FieldRow[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = context.parent ? `${context.parent}.${key}` : key;
    const empty = field.safeParse(undefined);
    let required = !empty.success;
    let requirement: string;
    if (required) {
      requirement = context.parent ? `**yes**, if \`${context.parent}\` is given` : '**yes**';
    } else {
      const workplacesNeeding = context.probeWorkplaces && !context.parent ? requiredForWorkplaces(key) : [];
      const fallback = computedDefaults[path] ?? (empty.data === undefined ? undefined : code(empty.data));
      if (workplacesNeeding.length === workplaces.length) {
        required = true;
        requirement = '**yes**';
      } else if (workplacesNeeding.length > 0) {
        requirement = `**for ${listWords(workplacesNeeding)} jobs**`;
      } else {
        requirement = fallback ? `no (default ${fallback})` : 'no';
      }
    }
    const row: FieldRow = {
      path,
      required,
      requirement,
      format: formatOf(path, field),
      description: field.description ?? fallbackDescriptions[path] ?? '',
    };
    const nested = groupShape(field);
    return nested ? [row, ...rowsFor(nested, { ...context, parent: path })] : [row];
  });
}

/** Rules that involve two fields, each confirmed against the schema before it is documented. */
function crossFieldRules(): Map<string, string> {
  const rules = new Map<string, string>();
  if (rejectsAt({ ...sampleJob, expires: '2026-01-14' }, 'expires')) rules.set('expires', 'not before `posted`');
  if (rejectsAt({ ...sampleJob, salary: { min: 2, max: 1, currency: 'EUR' } }, 'salary.max'))
    rules.set('salary.max', 'not lower than `salary.min`');
  return rules;
}

export function jobFieldRows(): FieldRow[] {
  assertSampleIsValid();
  const rules = crossFieldRules();
  return rowsFor(jobShape, { probeWorkplaces: true }).map((row) => {
    const rule = rules.get(row.path);
    return rule ? { ...row, format: `${row.format}, ${rule}` } : row;
  });
}

export function companyFieldRows(): FieldRow[] {
  return rowsFor(companyProfileSchema.shape, { probeWorkplaces: false });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function fieldTable(rows: readonly FieldRow[]): string {
  return table(
    ['Field', 'Required?', 'Allowed values / format', 'What it is'],
    rows.map((row) => [code(row.path), row.requirement, row.format, row.description]),
  );
}

function jobRules(rows: readonly FieldRow[]): string[] {
  const rules: string[] = [];
  for (const field of ['region', 'location']) {
    const needed = requiredForWorkplaces(field);
    if (needed.length > 0 && needed.length < workplaces.length) rules.push(`\`${field}\` is required for ${listWords(needed)} jobs.`);
  }
  rules.push(
    `A job without \`expires\` closes ${site.defaultExpiryDays} days after \`posted\` (\`defaultExpiryDays\` in \`src/config/site.ts\`). After it closes, its page stays up marked closed.`,
  );
  if (rows.some((row) => row.path === 'expires' && row.format.includes('not before'))) rules.push('`expires` must not be before `posted`.');
  if (rows.some((row) => row.path === 'salary.max' && row.format.includes('not lower')))
    rules.push('`salary.max` must not be lower than `salary.min`; leave `max` out for a single figure.');
  if (rejectsAt({ ...sampleJob, titel: 'x' }, ''))
    rules.push('Any other field name is an error, so a misspelt field is caught (the validator suggests the closest name).');
  return rules.map((rule) => `- ${rule}`);
}

/** The markdown that goes between the markers in CONTRIBUTING.md. */
export function fieldReference(): string {
  const jobRows = jobFieldRows();
  const worldwideCount = Math.max(...regions.map((r) => r.countries.length));
  const countries = (list: readonly string[]) =>
    list.length === worldwideCount ? `all ${list.length}` : list.length <= 4 ? `${list.length} (${list.join(', ')})` : String(list.length);

  return [
    '<!-- Generated by `npm run docs:fields` from src/schema/ and src/config/. Edit those files, not this section. -->',
    '',
    '### Job fields',
    '',
    'The frontmatter of `content/jobs/<slug>.md`, between the two `---` lines. The description goes below the second `---`, in markdown.',
    '',
    fieldTable(jobRows),
    '',
    'Rules that depend on other fields:',
    '',
    ...jobRules(jobRows),
    '',
    '### Company fields',
    '',
    'The frontmatter of `content/companies/<id>.md`. The `<id>` is what listings put in `company:`. Below the second `---`, write two or three sentences about the company in markdown.',
    '',
    fieldTable(companyFieldRows()),
    '',
    '### Categories',
    '',
    'Use the id in `category:`.',
    '',
    table(
      ['Id', 'Label', 'For'],
      categories.map((c) => [code(c.id), c.label, c.blurb]),
    ),
    '',
    '### Regions',
    '',
    'Use the id in `region:`, alone or in a list with other regions and two-letter country codes (ISO 3166-1 alpha-2, such as `DE` or `BR`). The countries of each region are listed in `src/config/regions.ts`.',
    '',
    table(
      ['Id', 'Label', 'Countries'],
      regions.map((r) => [code(r.id), r.label, countries(r.countries)]),
    ),
  ].join('\n');
}

/** The text between the markers, or undefined when the markers are missing or out of order. */
export function extractFieldReference(doc: string): string | undefined {
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start < 0 || end < start) return undefined;
  return doc
    .slice(start + startMarker.length, end)
    .replace(/^\r?\n/, '')
    .replace(/\r?\n$/, '');
}

/** The document with only the text between the markers replaced. */
export function spliceFieldReference(doc: string, reference: string): string {
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`the markers ${startMarker} and ${endMarker} are missing or out of order`);
  return `${doc.slice(0, start + startMarker.length)}\n${reference}\n${doc.slice(end)}`;
}
