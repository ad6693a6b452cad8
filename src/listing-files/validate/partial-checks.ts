/**
 * When some fields are wrong, zod skips the rules between fields. These
 * apply them (and the future-date rule) to the fields that are valid on
 * their own, so an editor sees every problem in one run.
 */
import { crossFieldIssues } from '../../schema/cross-field.ts';
import { jobShape } from '../../schema/job.ts';
import type { SourceFile } from '../source-file.ts';
import type { Problem } from '../problem.ts';

export const futureMessage = (posted: string, today: string): string =>
  `(${posted}) is in the future; use today's date (${today}) or earlier`;

/** The cross-field and date problems of a listing the schema refused; `already` holds the problems found so far. */
export function partialChecks(file: string, source: SourceFile, today: string, already: readonly Problem[]): Problem[] {
  const valid = <T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, key: string): T | undefined => {
    const parsed = schema.safeParse(source.data[key]);
    return parsed.success ? parsed.data : undefined;
  };
  const fields = {
    workplace: valid(jobShape.workplace, 'workplace'),
    region: valid(jobShape.region, 'region'),
    // Exclusions are checked against the region: a wrong region is its own error, and says nothing of them.
    exclude:
      source.data['region'] !== undefined && valid(jobShape.region, 'region') === undefined
        ? undefined
        : valid(jobShape.exclude, 'exclude'),
    location: valid(jobShape.location, 'location'),
    posted: valid(jobShape.posted, 'posted'),
    expires: valid(jobShape.expires, 'expires'),
  };
  const found: Problem[] = crossFieldIssues(fields).map(({ path, message }) => ({
    file,
    line: source.lineOf(path),
    field: path[0],
    message,
    severity: 'error',
  }));
  if (fields.posted && fields.posted > today) {
    found.push({ file, line: source.lineOf(['posted']), field: 'posted', message: futureMessage(fields.posted, today), severity: 'error' });
  }
  // "region.1 is not a region" already covers "region is required": compare whole fields, not paths.
  return found.filter((p) => !already.some((q) => q.file === p.file && q.field.split('.')[0] === p.field));
}
