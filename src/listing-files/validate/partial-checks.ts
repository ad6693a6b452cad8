/**
 * When some fields are wrong, zod skips the rules between fields and gives
 * no data at all. These read each field on its own, so the rules that do
 * not depend on a broken field still run, and an editor sees every problem
 * in one run.
 */
import { crossFieldIssues } from '../../schema/cross-field.ts';
import { jobShape, type JobData } from '../../schema/job.ts';
import type { SourceFile } from '../source-file.ts';
import type { Problem } from '../problem.ts';

type Field = keyof typeof jobShape;

/** Every field of the listing that is valid on its own (with its default when left out); the others are left out. */
export function validFields(source: SourceFile): Partial<JobData> {
  const fields: Partial<Record<Field, unknown>> = {};
  for (const key of Object.keys(jobShape) as Field[]) {
    const parsed = jobShape[key].safeParse(source.data[key]);
    if (parsed.success && parsed.data !== undefined) fields[key] = parsed.data;
  }
  // Exclusions are checked against the region: a wrong region is its own error, and says nothing of them.
  if (source.data['region'] !== undefined && fields.region === undefined) delete fields.exclude;
  return fields as Partial<JobData>;
}

/** The rules between fields, on the fields that are valid; `already` holds the problems found so far. */
export function partialChecks(file: string, source: SourceFile, fields: Partial<JobData>, already: readonly Problem[]): Problem[] {
  const found: Problem[] = crossFieldIssues(fields).map(({ path, message }) => ({
    file,
    line: source.lineOf(path),
    field: path[0],
    message,
    severity: 'error',
  }));
  return unlessAlreadyWrong(found, already);
}

/**
 * The problems whose field has no error yet: "region.1 is not a region" already
 * covers "region is required", and "expires is before posted" covers "closed on
 * that date". Compares whole fields, not paths.
 */
export function unlessAlreadyWrong(found: readonly Problem[], already: readonly Problem[]): Problem[] {
  const topField = (p: Problem) => p.field.split('.')[0];
  return found.filter((p) => !already.some((q) => q.file === p.file && q.severity === 'error' && topField(q) === topField(p)));
}
