/** What `npm run new` says once it has written the files: which, the warnings worth fixing, and what to do next. */
import { join } from 'node:path';
import type { Problem } from '../problem.ts';
import { contentDir, displayPath } from '../content-dir.ts';
import type { ScaffoldPlan } from './plan.ts';

export interface Written {
  /** The files written, the placeholder logo with what to replace it with. */
  files: string[];
  /** Warnings on the new files other than the placeholder text, which the first step covers. */
  warnings: string[];
  /** Numbered next steps. */
  steps: string[];
}

/** A problem as the scaffold shows it, after its file and line. */
export const problemText = (p: Problem): string => `${p.field}: ${p.message}`;

/** A path as one shell word: quoted when CONTENT_DIR has a space in it. */
const shellArgument = (path: string) => (/[\s'"$`\\]/.test(path) ? `'${path.replaceAll("'", "'\\''")}'` : path);

/** The placeholder text is expected right now; the first next step says to replace it. */
const isPlaceholder = (p: Problem) =>
  (p.field === 'description' || p.field === 'about') && p.message.startsWith('still has placeholder text');

export function written(plan: ScaffoldPlan, problems: readonly Problem[]): Written {
  const jobFile = displayPath(join(contentDir, 'jobs', `${plan.slug}.md`));
  const companyFile = (ext: 'md' | 'svg') => plan.newCompany && displayPath(join(contentDir, 'companies', `${plan.newCompany.id}.${ext}`));
  // Their own files: the whole board's warnings (the sample listings have some) would bury theirs.
  const ownFiles = [jobFile, companyFile('md')].filter((file) => file !== undefined);
  const files = plan.files.map((file) => {
    const path = displayPath(join(contentDir, file.path));
    return file.kind === 'logo'
      ? `${path}  (placeholder logo: replace it with the real one: square, ideally SVG; PNG, JPG, WebP, GIF or AVIF also work)`
      : path;
  });
  const warnings = problems.filter((p) => p.severity === 'warning' && !isPlaceholder(p)).map((p) => `${p.file}: ${problemText(p)}`);
  const steps = [
    `Edit ${jobFile}: replace the placeholder text under each heading with the real description (the validator warns until you do).`,
    ...(plan.newCompany
      ? [
          `Write two or three sentences about ${plan.newCompany.name} in ${companyFile('md')}.`,
          `Replace the placeholder logo ${companyFile('svg')} with the company's real logo (update logo: in the profile if it is not an SVG).`,
        ]
      : []),
    `Run "npm run validate -- ${ownFiles.map(shellArgument).join(' ')}" to check ${ownFiles.length > 1 ? 'them' : 'it'}.`,
    ...(plan.frontmatter.draft
      ? [`It is a draft: npm run dev shows it, the published site does not. Delete the line draft: true from ${jobFile} when it is ready.`]
      : []),
    'Commit every new file (git add content/) and open a pull request.',
  ];
  return { files, warnings, steps: steps.map((step, i) => `${i + 1}. ${step}`) };
}

/** The same, as plain lines for a log or a pipe. */
export function writtenText({ files, warnings, steps }: Written): string {
  const indented = (lines: readonly string[]) => lines.map((line) => `  ${line}`).join('\n');
  return [
    `Wrote:\n${indented(files)}`,
    ...(warnings.length ? [`\nWarnings (fine to leave, better to fix):\n${indented(warnings)}`] : []),
    `\nNext steps:\n${indented(steps)}`,
  ].join('\n');
}
