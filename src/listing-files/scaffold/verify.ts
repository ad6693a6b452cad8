/**
 * Runs the planned files through the real validator together with the
 * board's existing content, before anything is written, so rules that need
 * other files (a company profile, an apply link no other open job uses)
 * hold too. Problems are reported for the new files only.
 */
import { posix } from 'node:path';
import { validateContent, type ContentFile } from '../validate/validate.ts';
import type { Problem } from '../problem.ts';
import type { ScaffoldPlan } from './plan.ts';

export interface VerifyInput {
  plan: ScaffoldPlan;
  /** The content folder as the validator names it ("content"): planned paths are joined to it. */
  contentPath: string;
  jobs: readonly ContentFile[];
  companies: readonly ContentFile[];
  /** Reads an existing file by the same kind of path; undefined when missing. */
  readFile: (path: string) => Uint8Array | undefined;
  today: string;
  defaultExpiryDays: number;
}

export function verifyPlan(input: VerifyInput): Problem[] {
  const encoder = new TextEncoder();
  const planned = new Map(
    input.plan.files.map((file) => [posix.join(input.contentPath, file.path), { kind: file.kind, bytes: encoder.encode(file.text) }]),
  );
  const of = (kind: string): ContentFile[] =>
    [...planned].filter(([, file]) => file.kind === kind).map(([path, file]) => ({ path, bytes: file.bytes }));
  return validateContent({
    jobs: [...input.jobs, ...of('job')],
    companies: [...input.companies, ...of('company')],
    readFile: (path) => planned.get(path)?.bytes ?? input.readFile(path),
    today: input.today,
    defaultExpiryDays: input.defaultExpiryDays,
    only: new Set([...of('job'), ...of('company')].map((file) => file.path)),
  });
}
