/** Shared answers, context and checks for the tests of the `npm run new` scaffold (test/unit/scaffold-*.test.ts). */
import { parse } from 'yaml';
import type { ContentFile } from '../../src/listing-files/validate/validate.ts';
import type { Answers } from '../../src/listing-files/scaffold/answers.ts';
import { describeProblems, planListing, type ScaffoldPlan, type ScaffoldContext } from '../../src/listing-files/scaffold/plan.ts';
import { verifyPlan } from '../../src/listing-files/scaffold/verify.ts';

export const enc = (text: string) => new TextEncoder().encode(text);
export const context: ScaffoldContext = { today: '2026-11-25', companies: ['acme', 'birchline'] };
export const acmeProfile: ContentFile = {
  path: 'content/companies/acme.md',
  bytes: enc('---\nname: Acme\nwebsite: https://acme.example\nlogo: ./acme.svg\n---\nAcme makes calm software.\n'),
};
export const acmeLogo = enc('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>');

export const base: Answers = {
  title: 'Backend Engineer',
  company: 'acme',
  category: 'engineering',
  workplace: 'remote',
  region: 'europe',
  experience: 'mid-senior',
  skills: 'Go, SQL',
  apply: 'https://acme.example/jobs/1',
};

export function plan(answers: Answers, ctx: ScaffoldContext = context): ScaffoldPlan {
  const result = planListing(answers, ctx);
  if (!result.ok) throw new Error(describeProblems(result.missing, result.invalid));
  return result.plan;
}

export function file(p: ScaffoldPlan, kind: 'job' | 'company' | 'logo'): string {
  const found = p.files.find((f) => f.kind === kind);
  if (!found) throw new Error(`no ${kind} file`);
  return found.text;
}

/** The frontmatter of a generated file, read back by a YAML parser. */
export function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1]!) as Record<string, unknown>;
}

export const placeholderWarning =
  'still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place';

/** The plan with the editor's own text in place of every placeholder paragraph. */
export function withOwnText(p: ScaffoldPlan): ScaffoldPlan {
  const own = {
    job: `## About the role\n\nYou will own the billing service end to end and work with two other backend engineers and a designer. ${'We ship small changes every day. '.repeat(8)}\n`,
    company: 'Fernhill Analytics makes reporting tools for small clinics.\n',
    logo: undefined,
  };
  return {
    ...p,
    files: p.files.map((f) => {
      const text = own[f.kind];
      return text === undefined ? f : { ...f, text: f.text.slice(0, f.text.indexOf('\n---\n') + 5) + text };
    }),
  };
}

/** Runs the real validator over a plan, next to the in-memory acme profile. */
export function validatePlan(p: ScaffoldPlan) {
  return verifyPlan({
    plan: p,
    contentPath: 'content',
    jobs: [],
    companies: [acmeProfile],
    readFile: (path) => (path === 'content/companies/acme.svg' ? acmeLogo : undefined),
    today: context.today,
    defaultExpiryDays: 60,
  }).map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.field}: ${problem.message}`);
}
