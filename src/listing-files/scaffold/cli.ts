/**
 * `npm run new`: scaffolds a job listing, content/jobs/<slug>.md, plus a
 * company profile and a placeholder logo when the company is new. In a
 * terminal it asks for every answer a flag did not give; with --yes, or
 * without a terminal, it never asks and names the missing flags instead. It
 * never overwrites a file, and checks the result with the validator before
 * writing anything.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDate } from '../../board/build-date.ts';
import { CommandFailure } from '../../cli/failure.ts';
import { site } from '../../config/site.ts';
import { contentDir, displayPath, markdownFiles } from '../content-dir.ts';
import { answer, type Answers } from './answers.ts';
import { openApplyLinks } from './apply-links.ts';
import type { Flags } from './flags.ts';
import { written, problemText, writtenText } from './next-steps.ts';
import { describeProblems, freeSlug, planListing, type ScaffoldContext, type ScaffoldPlan } from './plan.ts';
import { askMissing, askOtherSlug, confirmWrite, showDone } from './prompts.ts';
import { verifyPlan } from './verify.ts';

const missingHint = '\nPass the missing flags ("npm run new -- --help" lists them all), or run "npm run new" in a terminal to be asked.';
const jobPath = (slug: string) => join(contentDir, 'jobs', `${slug}.md`);
const jobTaken = (slug: string) => existsSync(jobPath(slug));

/** Scaffolds the listing the flags (and, in a terminal, the answers) describe; throws CommandFailure when it writes nothing. */
export async function scaffoldListing(flags: Flags): Promise<void> {
  let today: string;
  try {
    today = buildDate();
  } catch (error) {
    throw new CommandFailure((error as Error).message);
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

  // Wrong flags are reported before any question, with the schema's messages; without
  // prompts, missing flags are reported with them.
  const early = planListing(answers, context);
  if (!early.ok && (early.invalid.length || !interactive)) {
    const missing = interactive ? [] : early.missing;
    throw new CommandFailure(`${describeProblems(missing, early.invalid)}${missing.length ? missingHint : ''}\nNothing was written.`);
  }
  if (interactive) await askMissing(answers, context);
  const result = interactive ? planListing(answers, context) : early;
  if (!result.ok) {
    throw new CommandFailure(
      `${describeProblems(result.missing, result.invalid)}${result.missing.length ? missingHint : ''}\nNothing was written.`,
    );
  }
  let plan: ScaffoldPlan = result.plan;

  // Never overwrite. In a terminal, offer another file name for the job.
  if (interactive && jobTaken(plan.slug) && answer(answers, 'slug') === undefined) {
    const slug = await askOtherSlug(displayPath(jobPath(plan.slug)), freeSlug(plan.slug, jobTaken), jobTaken, (s) =>
      displayPath(jobPath(s)),
    );
    const again = planListing({ ...answers, slug }, context);
    if (!again.ok) throw new CommandFailure(describeProblems(again.missing, again.invalid));
    plan = again.plan;
  }
  refuseToOverwrite(plan);

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
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    throw new CommandFailure(`${errors.map((p) => `${p.file}:${p.line}  error  ${problemText(p)}`).join('\n')}\nNothing was written.`);
  }

  if (interactive) await confirmWrite(plan.files.map((file) => displayPath(join(contentDir, file.path))));
  writePlan(plan);
  const done = written(plan, problems);
  if (interactive) showDone(done.files, done.warnings, done.steps);
  else console.log(writtenText(done));
}

/** Stops before writing when any planned file exists, saying how to pick other names. */
function refuseToOverwrite(plan: ScaffoldPlan): void {
  const clashes = plan.files.map((file) => join(contentDir, file.path)).filter((path) => existsSync(path));
  if (!clashes.length) return;
  const lines = clashes.map((path) => `${displayPath(path)} already exists; nothing was written.`);
  if (jobTaken(plan.slug)) {
    lines.push(`Choose another file name for the job, for example --slug ${freeSlug(plan.slug, jobTaken)}`);
  }
  if (clashes.some((path) => !path.startsWith(join(contentDir, 'jobs')))) {
    lines.push('Choose another id for the new company with --company <id>, or remove the old files.');
  }
  throw new CommandFailure(lines.join('\n'));
}

function writePlan(plan: ScaffoldPlan): void {
  for (const file of plan.files) {
    const target = join(contentDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' }); // "wx": fail rather than overwrite, even in a race.
  }
}
