/**
 * Generates a synthetic but realistic board for the benchmark: company
 * profiles with SVG logos, and listings that vary in every field the site
 * groups or filters by, with 2–4 KB markdown descriptions. Deterministic:
 * the same seed gives byte-identical files, and listing i does not depend
 * on how many listings are generated (only on the company count).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories } from '../config/categories.ts';
import { regions } from '../config/regions.ts';
import { addDays } from '../lib/dates.ts';
import { escapeXml } from '../lib/xml.ts';
import { slugify } from '../lib/slug.ts';
import type { ExperienceLevel } from '../schema/job.ts';
import { jobDescription } from './description.ts';
import { payFactor, salaryLines } from './pay.ts';
import { chance, int, mixSeed, mulberry32, pick, pickSome, weighted, type Rng } from './random.ts';
import { byteLength, fill, yamlString } from './template.ts';
import * as words from './vocabulary.ts';

export interface GenerateOptions {
  jobs: number;
  companies: number;
  seed: number;
  /** "Today" for the build, YYYY-MM-DD; every listing is posted in the ~50 days before it and still open. */
  buildDate: string;
}

export interface GeneratedCompany {
  id: string;
  name: string;
  domain: string;
  city: words.City;
  markdown: string;
  svg: string;
}

export interface GeneratedJob {
  slug: string;
  markdown: string;
}

/** Default company count for a board of `jobs` listings. */
export function defaultCompanyCount(jobs: number): number {
  return Math.max(20, Math.round(jobs / 50));
}

/** Body sizes the generator aims for, in bytes (the description is written in description.ts). */
export { BODY_MAX_BYTES, BODY_MIN_BYTES } from './description.ts';

export function generateCompanies(count: number, seed: number): GeneratedCompany[] {
  const rng = mulberry32(mixSeed(seed, 0xc0ffee));
  const used = new Set<string>();
  const result: GeneratedCompany[] = [];
  for (let i = 0; i < count; i++) {
    const industry = pick(rng, words.companyIndustries);
    let name = `${pick(rng, words.companyPrefixes)}${pick(rng, words.companySuffixes)}${industry.word ? ` ${industry.word}` : ''}`;
    let id = slugify(name);
    for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
    if (id !== slugify(name)) name = `${name} ${id.split('-').at(-1)}`;
    used.add(id);
    const city = pick(rng, words.cities);
    const values = {
      name,
      customers: pick(rng, words.customers),
      domain: industry.domain,
      size: String(int(rng, 8, 400)),
      city: city.name.split(',')[0]!,
      year: String(int(rng, 2009, 2024)),
      number: (int(rng, 2, 900) * 100).toLocaleString('en-US'),
    };
    const about = pickSome(rng, words.companySentences, int(rng, 2, 4))
      .map((s) => fill(s, values))
      .join(' ');
    const colour = pick(rng, words.logoColours);
    const shape = pick(rng, [
      '<circle cx="24" cy="24" r="11" fill="#fff"/>',
      '<rect x="14" y="14" width="20" height="20" rx="4" fill="#fff"/>',
      '<path d="M24 12l13 24H11z" fill="#fff"/>',
      '<rect x="20" y="11" width="8" height="26" rx="2" fill="#fff"/><rect x="11" y="20" width="26" height="8" rx="2" fill="#fff"/>',
      '<path d="M12 30c6-12 18-12 24 0" stroke="#fff" stroke-width="5" fill="none" stroke-linecap="round"/>',
    ]);
    result.push({
      id,
      name,
      domain: industry.domain,
      city,
      // The title makes each logo file unique, as real logos are: the build merges identical image files into one.
      svg: `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><title>${escapeXml(name)}</title><rect width="48" height="48" rx="12" fill="${colour}"/>${shape}</svg>\n`,
      markdown: [
        '---',
        `name: ${yamlString(name)}`,
        `website: https://${id}.example`,
        `logo: ./${id}.svg`,
        ...(chance(rng, 0.85) ? [`location: ${yamlString(city.name)}`] : []),
        '---',
        about,
        '',
      ].join('\n'),
    });
  }
  return result;
}

/** How many listings of each level a board has, relatively. */
const experienceWeights: readonly (readonly [ExperienceLevel, number])[] = [
  ['internship', 3],
  ['entry', 10],
  ['associate', 20],
  ['mid-senior', 50],
  ['director', 12],
  ['executive', 5],
];

function jobTitle(rng: Rng, role: string, experience: ExperienceLevel, categoryLabel: string): string {
  const team = chance(rng, 0.35) ? `, ${pick(rng, words.teams)}` : '';
  switch (experience) {
    case 'internship':
      return `${role} Intern`;
    case 'entry':
      return `${pick(rng, ['Junior ', 'Graduate ', ''])}${role}${team}`;
    case 'associate':
      return `${role}${team}`;
    case 'mid-senior':
      return `${pick(rng, ['Senior ', 'Senior ', 'Staff ', ''])}${role}${team}`;
    case 'director':
      return pick(rng, [`Lead ${role}`, `Principal ${role}`, `Head of ${categoryLabel}`]);
    case 'executive':
      return pick(rng, [`VP of ${categoryLabel}`, `Director of ${categoryLabel}`]);
  }
}

/**
 * A remote job's exclusion and working hours, from a random stream of their
 * own so every other field stays as it was before they existed: one in ten
 * regions leaves out a country, and one in four jobs sets working hours
 * around a UTC offset.
 */
function seekersTerms(seed: number, region: string | readonly string[] | undefined): { exclude?: string; timezones?: string } {
  const rng = mulberry32(seed);
  const countries = regions.find((r) => r.id === region)?.countries ?? [];
  const exclude = countries.length > 1 && chance(rng, 0.1) ? pick(rng, countries) : undefined;
  const centre = int(rng, -7, 9);
  const width = int(rng, 2, 5);
  const offset = (hours: number) => `UTC${hours < 0 ? '-' : '+'}${Math.abs(hours)}`;
  const timezones = chance(rng, 0.25) ? `{ from: ${offset(centre - width)}, to: ${offset(centre + width)} }` : undefined;
  return { ...(exclude ? { exclude } : {}), ...(timezones ? { timezones } : {}) };
}

/** One listing: always the same for the same (seed, index, companies). */
export function generateJob(index: number, options: GenerateOptions, companies: readonly GeneratedCompany[]): GeneratedJob {
  const rng = mulberry32(mixSeed(options.seed, index, 0x10b5));
  const category = weighted(
    rng,
    categories.map((c) => [c, c.id === 'engineering' ? 5 : c.id === 'product-design' || c.id === 'data-ml' ? 2 : 1] as const),
  );
  const vocab = words.categoryVocabulary[category.id] ?? words.fallbackVocabulary;
  const role = pick(rng, vocab.roles);
  // A few companies post many jobs, most post a few.
  const company = companies[Math.floor(companies.length * rng() ** 2)]!;
  const experience = weighted(rng, experienceWeights);
  const employment =
    experience === 'internship'
      ? 'internship'
      : weighted(rng, [
          ['full-time', 82],
          ['part-time', 5],
          ['contract', 9],
          ['freelance', 4],
        ] as const);
  const workplace = weighted(rng, [
    ['remote', 55],
    ['hybrid', 30],
    ['onsite', 15],
  ] as const);
  const city = chance(rng, 0.7) ? company.city : pick(rng, words.cities);

  let region: string | readonly string[] | undefined;
  let location: string | undefined;
  if (workplace === 'remote') {
    region = weighted(rng, words.remoteRegions);
    if (chance(rng, 0.2)) location = city.name;
  } else {
    location = city.name;
    if (workplace === 'hybrid' || chance(rng, 0.5)) region = city.country;
  }

  const title = jobTitle(rng, role.title, experience, category.label);
  const slug = `${slugify(title)}-${company.id}-${index.toString(36)}`;
  const skills = pickSome(rng, vocab.skills, int(rng, 3, 8));
  const currency = workplace === 'remote' && region === 'worldwide' ? 'USD' : city.currency;
  const salary = salaryLines(rng, role.pay * payFactor[experience] * city.payLevel, currency, experience);
  const posted = addDays(options.buildDate, -int(rng, 0, 49));
  const expires = chance(rng, 0.2) ? addDays(options.buildDate, int(rng, 5, 60)) : undefined;
  const apply = chance(rng, 0.85)
    ? `https://${company.id}.example/careers/${slug}`
    : `mailto:jobs+${index.toString(36)}@${company.id}.example`;
  const source = chance(rng, 0.12) ? pick(rng, words.sources) : undefined;
  const featured = index === 0 || chance(rng, 0.002);

  const body = jobDescription(rng, { role: role.title, company, skills, experience, currency, vocab, salaryText: salary?.text });
  const seekers = workplace === 'remote' ? seekersTerms(mixSeed(options.seed, index, 0x5eec), region) : {};

  const frontmatter = [
    '---',
    `title: ${yamlString(title)}`,
    `company: ${company.id}`,
    `category: ${category.id}`,
    `workplace: ${workplace}`,
    ...(employment === 'full-time' && chance(rng, 0.5) ? [] : [`employment: ${employment}`]),
    ...(region === undefined ? [] : [`region: ${typeof region === 'string' ? region : `[${region.join(', ')}]`}`]),
    ...(seekers.exclude ? [`exclude: [${seekers.exclude}]`] : []),
    ...(seekers.timezones ? [`timezones: ${seekers.timezones}`] : []),
    ...(location ? [`location: ${yamlString(location)}`] : []),
    `experience: ${experience}`,
    ...(salary?.lines ?? []),
    `skills: [${skills.map(yamlString).join(', ')}]`,
    `posted: ${posted}`,
    ...(expires ? [`expires: ${expires}`] : []),
    `apply: ${apply}`,
    ...(source ? [`source: { name: ${source.name}, url: https://${source.host}/jobs/${index.toString(36)} }`] : []),
    ...(featured ? ['featured: true'] : []),
    '---',
  ];
  return { slug, markdown: `${frontmatter.join('\n')}\n${body}` };
}

/** Every listing, one at a time, so 100 000 of them never sit in memory together. */
export function* generateJobs(options: GenerateOptions, companies: readonly GeneratedCompany[]): Generator<GeneratedJob> {
  for (let i = 0; i < options.jobs; i++) yield generateJob(i, options, companies);
}

export interface WrittenContent {
  files: number;
  bytes: number;
}

/** Writes `jobs/` and `companies/` (with logos) under `dir`, the layout CONTENT_DIR expects. */
export function writeContent(dir: string, options: GenerateOptions): WrittenContent {
  const companies = generateCompanies(options.companies, options.seed);
  mkdirSync(join(dir, 'jobs'), { recursive: true });
  mkdirSync(join(dir, 'companies'), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    files++;
    bytes += byteLength(text);
  };
  for (const company of companies) {
    write(join(dir, 'companies', `${company.id}.md`), company.markdown);
    write(join(dir, 'companies', `${company.id}.svg`), company.svg);
  }
  for (const job of generateJobs(options, companies)) write(join(dir, 'jobs', `${job.slug}.md`), job.markdown);
  return { files, bytes };
}
