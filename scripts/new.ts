/**
 * npm run new [-- flags]
 *
 * Scaffolds a job listing: content/jobs/<slug>.md, plus a company profile and
 * a placeholder logo when the company is new. In a terminal it asks for every
 * answer a flag did not give; with --yes, or without a terminal, it never
 * asks and names the missing flags instead. It never overwrites a file, and
 * checks the result with the validator before writing anything.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as prompts from '@clack/prompts';
import { answer, type Answers } from '../src/listing-files/scaffold/answers.ts';
import { checks } from '../src/listing-files/scaffold/check.ts';
import { parseFlags, usage, type Flags } from '../src/listing-files/scaffold/flags.ts';
import { describeProblems, freeSlug, planListing, type ScaffoldContext, type ScaffoldPlan } from '../src/listing-files/scaffold/plan.ts';
import { NEW_COMPANY, questionProblem, questions } from '../src/listing-files/scaffold/questions.ts';
import { verifyPlan } from '../src/listing-files/scaffold/verify.ts';
import { openApplyLinks } from '../src/listing-files/scaffold/apply-links.ts';
import type { Problem } from '../src/listing-files/problem.ts';
import { buildDate } from '../src/board/build-date.ts';
import { site } from '../src/config/site.ts';
import { contentDir, displayPath, markdownFiles } from '../src/listing-files/content-dir.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let flags: Flags;
try {
  flags = parseFlags(process.argv.slice(2));
} catch (error) {
  fail(`${(error as Error).message}\nRun "npm run new -- --help" for the list of flags.`);
}
if (flags.help) {
  console.log(usage);
  process.exit(0);
}

let today: string;
try {
  today = buildDate();
} catch (error) {
  fail((error as Error).message);
}
const existingCompanies = markdownFiles('companies');
const existingJobs = markdownFiles('jobs');
const context: ScaffoldContext = {
  today,
  companies: existingCompanies.map((file) => file.path.split('/').pop()!.replace(/\.md$/i, '')),
  // A duplicate apply link is reported at the apply prompt or with the flags, before any other question.
  applyLinks: openApplyLinks(existingJobs, today, site.defaultExpiryDays),
};
const answers: Answers = { ...flags.answers };

const interactive = !flags.yes && Boolean(process.stdin.isTTY && process.stdout.isTTY);
const missingHint = '\nPass the missing flags ("npm run new -- --help" lists them all), or run "npm run new" in a terminal to be asked.';

// Wrong flags are reported before any question, with the schema's messages; without
// prompts, missing flags are reported with them.
const early = planListing(answers, context);
if (!early.ok && (early.invalid.length || !interactive)) {
  const missing = interactive ? [] : early.missing;
  fail(`${describeProblems(missing, early.invalid)}${missing.length ? missingHint : ''}\nNothing was written.`);
}

function cancelled(): never {
  prompts.cancel('Cancelled; nothing was written.');
  process.exit(1);
}

async function ask(): Promise<void> {
  prompts.intro('New job listing');
  for (const question of questions) {
    if (answer(answers, question.key) !== undefined) continue;
    if (question.when && !question.when(answers, context)) continue;
    const initial = question.initial?.(answers);
    // Typing filters a list (clack's autocomplete): in a plain select, typed letters were ignored or jumped to another option.
    const result = question.choices
      ? await prompts.autocomplete({
          message: question.message,
          options: question.choices(context),
          placeholder: 'Type to filter, or use the arrow keys',
          ...(initial ? { initialValue: initial } : {}),
        })
      : await prompts.text({
          message: question.message,
          // "e.g.": a dimmed example, not a default that Enter would accept.
          ...(question.placeholder ? { placeholder: `e.g. ${question.placeholder}` } : {}),
          ...(initial ? { initialValue: initial } : {}),
          validate: (value) => questionProblem(question, value, answers, context),
        });
    if (prompts.isCancel(result)) cancelled();
    const value = result.trim();
    if (value && value !== NEW_COMPANY) answers[question.key] = value;
  }
}

const jobPath = (slug: string) => join(contentDir, 'jobs', `${slug}.md`);

if (interactive) await ask();
const result = interactive ? planListing(answers, context) : early;
if (!result.ok)
  fail(`${describeProblems(result.missing, result.invalid)}${result.missing.length ? missingHint : ''}\nNothing was written.`);
let plan: ScaffoldPlan = result.plan;

// Never overwrite. In a terminal, offer another file name for the job.
if (interactive && existsSync(jobPath(plan.slug)) && answer(answers, 'slug') === undefined) {
  const taken = (slug: string) => existsSync(jobPath(slug));
  const slug = await prompts.text({
    message: `${displayPath(jobPath(plan.slug))} already exists. File name for this job (lowercase words joined by hyphens)`,
    initialValue: freeSlug(plan.slug, taken),
    validate: (value) => {
      const checked = checks.slug(value ?? '');
      if (!checked.ok) return `File name ${checked.message}`;
      return taken(checked.value) ? `${displayPath(jobPath(checked.value))} already exists too` : undefined;
    },
  });
  if (prompts.isCancel(slug)) cancelled();
  const again = planListing({ ...answers, slug }, context);
  if (!again.ok) fail(describeProblems(again.missing, again.invalid));
  plan = again.plan;
}
const clashes = plan.files.map((file) => join(contentDir, file.path)).filter((path) => existsSync(path));
if (clashes.length) {
  const lines = clashes.map((path) => `${displayPath(path)} already exists; nothing was written.`);
  if (existsSync(jobPath(plan.slug))) {
    lines.push(`Choose another file name for the job, for example --slug ${freeSlug(plan.slug, (slug) => existsSync(jobPath(slug)))}`);
  }
  if (clashes.some((path) => !path.startsWith(join(contentDir, 'jobs')))) {
    lines.push('Choose another id for the new company with --company <id>, or remove the old files.');
  }
  fail(lines.join('\n'));
}

// The validator sees the new files next to the existing content before anything is written.
const problems = verifyPlan({
  plan,
  contentPath: displayPath(contentDir),
  jobs: markdownFiles('jobs'),
  companies: existingCompanies,
  readFile: (path) => (existsSync(path) ? readFileSync(path) : undefined),
  today,
  defaultExpiryDays: site.defaultExpiryDays,
});
const describe = (p: Problem) => `${p.field}: ${p.message}`;
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length) fail(`${errors.map((p) => `${p.file}:${p.line}  error  ${describe(p)}`).join('\n')}\nNothing was written.`);

if (interactive) {
  prompts.note(plan.files.map((file) => displayPath(join(contentDir, file.path))).join('\n'), 'Files to create');
  const go = await prompts.confirm({ message: 'Write these files?', initialValue: true });
  if (prompts.isCancel(go) || !go) cancelled();
}

for (const file of plan.files) {
  const target = join(contentDir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text, { flag: 'wx' }); // "wx": fail rather than overwrite, even in a race.
}

const jobFile = displayPath(jobPath(plan.slug));
const companyFile = (ext: 'md' | 'svg') => plan.newCompany && displayPath(join(contentDir, 'companies', `${plan.newCompany.id}.${ext}`));
// Their own files: the whole board's warnings (the sample listings have some) would bury theirs.
const ownFiles = [jobFile, companyFile('md')].filter((file) => file !== undefined);
const written = plan.files.map((file) => {
  const path = displayPath(join(contentDir, file.path));
  return file.kind === 'logo'
    ? `${path}  (placeholder logo: replace it with the real one: square, ideally SVG; PNG, JPG, WebP, GIF or AVIF also work)`
    : path;
});
// The placeholder text is expected right now; the first next step says to replace it.
const isPlaceholder = (p: Problem) =>
  (p.field === 'description' || p.field === 'about') && p.message.startsWith('still has placeholder text');
const warnings = problems.filter((p) => p.severity === 'warning' && !isPlaceholder(p)).map((p) => `${p.file}: ${describe(p)}`);
/** A path as one shell word: quoted when CONTENT_DIR has a space in it. */
const shellArgument = (path: string) => (/[\s'"$`\\]/.test(path) ? `'${path.replaceAll("'", "'\\''")}'` : path);
const steps = [
  `Edit ${jobFile}: replace the placeholder text under each heading with the real description (the validator warns until you do).`,
  ...(plan.newCompany
    ? [
        `Write two or three sentences about ${plan.newCompany.name} in ${companyFile('md')}.`,
        `Replace the placeholder logo ${companyFile('svg')} with the company's real logo (update logo: in the profile if it is not an SVG).`,
      ]
    : []),
  `Run "npm run validate -- ${ownFiles.map(shellArgument).join(' ')}" to check ${ownFiles.length > 1 ? 'them' : 'it'}.`,
  'Commit every new file (git add content/) and open a pull request.',
];
const numbered = steps.map((step, i) => `${i + 1}. ${step}`);

if (interactive) {
  prompts.log.success(`Wrote\n${written.join('\n')}`);
  if (warnings.length) prompts.log.warn(`Warnings (fine to leave, better to fix)\n${warnings.join('\n')}`);
  prompts.note(numbered.join('\n'), 'Next steps');
  prompts.outro('Done.');
} else {
  console.log(`Wrote:\n${written.map((line) => `  ${line}`).join('\n')}`);
  if (warnings.length) console.log(`\nWarnings (fine to leave, better to fix):\n${warnings.map((line) => `  ${line}`).join('\n')}`);
  console.log(`\nNext steps:\n${numbered.map((line) => `  ${line}`).join('\n')}`);
}
