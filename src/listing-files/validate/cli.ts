/**
 * `npm run validate`: every listing and company profile in the content
 * folder (or only the files named) checked with the site's own schema, plus
 * what only the disk shows: logos that do not decode, and entries in content/
 * the site would never read. scripts/validate.ts prints the result.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDate } from '../../board/build-date.ts';
import { CommandFailure } from '../../cli/failure.ts';
import { site } from '../../config/site.ts';
import { displayPath, logoImagePaths, markdownFiles, strayEntries } from '../content-dir.ts';
import { byLocation, summarize, type Problem, type Summary } from '../problem.ts';
import { logoBytesProblem } from '../../schema/logo-limits.ts';
import { smallLogo, undecodableImage } from './decode-image.ts';
import { validateContent } from './validate.ts';

export interface ContentCheck {
  problems: Problem[];
  summary: Summary;
}

/** Checks the content folder, or only `paths` (as typed: relative to the working folder); throws CommandFailure with exit code 2 without a build date. */
export async function checkContentDir(paths: readonly string[]): Promise<ContentCheck> {
  const jobs = markdownFiles('jobs');
  const companies = markdownFiles('companies');
  const only = paths.length ? new Set(paths.map((p) => displayPath(resolve(p)))) : undefined;

  let today: string;
  try {
    today = buildDate();
  } catch (error) {
    throw new CommandFailure((error as Error).message, 2);
  }

  // Decoding needs sharp, which is asynchronous, so it happens here and validateContent gets the results.
  const undecodableImages = new Map<string, string>();
  const smallLogos = new Map<string, string>();
  for (const path of logoImagePaths()) {
    const bytes = readFileSync(path);
    const reason = await undecodableImage(bytes);
    if (reason) undecodableImages.set(path, reason);
    // A logo past the byte limit is refused for that (logo.ts) and not read further.
    const small = reason || logoBytesProblem(bytes.byteLength) ? undefined : await smallLogo(bytes);
    if (small) smallLogos.set(path, small);
  }

  const problems = validateContent({
    jobs,
    companies,
    // Only regular files: a logo that is a link could point anywhere on the build machine.
    readFile: (path) => (existsSync(path) && lstatSync(path).isFile() ? readFileSync(path) : undefined),
    undecodableImages,
    smallLogos,
    today,
    defaultExpiryDays: site.defaultExpiryDays,
    only,
  });
  // Links, folders and other files in content/ that the site would never show must not pass silently either.
  const stray = [...strayEntries('jobs'), ...strayEntries('companies')].map(({ path, message }): Problem => ({
    file: path,
    line: 1,
    field: 'file',
    message,
    severity: 'error',
  }));
  problems.push(...(only ? stray.filter((p) => only.has(p.file)) : stray));
  // A named file that is missing, or is not a listing, must not pass silently.
  const known = new Set([...jobs, ...companies, ...stray.map((p) => ({ path: p.file }))].map((f) => f.path));
  for (const path of only ?? []) {
    if (known.has(path)) continue;
    const message = !existsSync(path)
      ? 'was not found; check the path'
      : !path.endsWith('.md')
        ? 'is not a .md file; name listings content/jobs/<slug>.md and profiles content/companies/<id>.md'
        : 'is not in content/jobs/ or content/companies/, so the site would never show it; move it there';
    problems.push({ file: path, line: 1, field: 'file', message, severity: 'error' });
  }
  problems.sort(byLocation);
  const checked = only ? only.size : jobs.length + companies.length;
  return { problems, summary: summarize(problems, checked) };
}
