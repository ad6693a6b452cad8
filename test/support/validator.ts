/** Listings and profiles written in memory, and the validator run on them as the CLI would, for the validator's tests. */
import { validateContent, type ContentFile } from '../../src/listing-files/validate/validate.ts';
import type { Problem } from '../../src/listing-files/problem.ts';

export const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
export const svg = enc('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>');
export const longBody = `## About the role\n\n${'We build calm, useful software for clinics and the people who run them. '.repeat(6)}\n`;

/** A valid profile for company `id`; `extra` adds frontmatter lines. */
export const company = (id: string, extra = ''): ContentFile => ({
  path: `content/companies/${id}.md`,
  bytes: enc(`---\nname: ${id}\nwebsite: https://${id}.example\nlogo: ./${id}.svg\n${extra}---\nAbout ${id}.\n`),
});

/**
 * A listing file. Each slug gets its own apply link in place of goodFrontmatter's,
 * so tests of other rules do not also trip the one-link-per-open-job rule.
 */
export function job(slug: string, frontmatter: string, body = longBody): ContentFile {
  const ownLink = frontmatter.replace('apply: https://acme.example/jobs/1\n', `apply: https://acme.example/jobs/${slug}\n`);
  return { path: `content/jobs/${slug}.md`, bytes: enc(`---\n${ownLink}---\n${body}`) };
}

/** A listing with no problem, for tests to break one field at a time. */
export const goodFrontmatter = `title: Backend Engineer
company: acme
category: engineering
workplace: remote
region: europe
experience: mid-senior
salary: { min: 70000, max: 90000, currency: EUR, period: year }
skills: [Go, SQL]
posted: 2026-11-20
apply: https://acme.example/jobs/1
`;

/** Validates these listings on 2026-11-25, beside the acme profile and its logo unless told otherwise. */
export function run(
  jobs: ContentFile[],
  options: { companies?: ContentFile[]; files?: Record<string, Uint8Array>; only?: string[] } = {},
): Problem[] {
  const files: Record<string, Uint8Array> = { 'content/companies/acme.svg': svg, ...options.files };
  return validateContent({
    jobs,
    companies: options.companies ?? [company('acme')],
    readFile: (path) => files[path],
    today: '2026-11-25',
    defaultExpiryDays: 60,
    only: options.only ? new Set(options.only) : undefined,
  });
}

/** Problems as one line each, the way the CLI prints them. */
export const lines = (problems: readonly Problem[]): string[] =>
  problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.field}: ${p.message}`);
