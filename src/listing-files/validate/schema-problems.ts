/** The schema's issues for one file as problems an editor can act on: one per mistake, on its own line. */
import type { z } from 'astro/zod';
import { groupFields } from '../../schema/job.ts';
import { unknownFieldsMessage } from '../../schema/messages.ts';
import { suggest } from '../../lib/suggest.ts';
import type { SourceFile } from '../source-file.ts';
import type { Problem } from '../problem.ts';

/** An unknown key as an editor can find it: quoted when blank or full of control characters, cut when long. */
function shownKey(key: string): string {
  const short = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return short.trim() === '' || /[\u0000-\u001f\u007f]/.test(short) ? JSON.stringify(short) : short;
}

/** The keys allowed where an unknown key was found: inside a group (salary, source) the group's own. */
function allowedAt(path: readonly PropertyKey[], allowed: readonly string[]): readonly string[] {
  return path.length ? (groupFields[String(path[0])] ?? allowed) : allowed;
}

export function schemaProblems(
  file: string,
  source: SourceFile,
  issues: readonly z.core.$ZodIssue[],
  allowed: readonly string[],
): Problem[] {
  // zod 4 still runs a field's length checks when its type is wrong ("title: [a, b]" is also "too short"):
  // once a field is the wrong type, that is the one thing to fix.
  const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('.')));
  // A misspelt key ("experiance") is reported with its suggestion; the field it meant is not also "required".
  const meant = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => suggest(key, allowedAt(issue.path, allowed))) : [],
    ),
  );
  const missingButMisspelt = (issue: z.core.$ZodIssue) =>
    issue.path.length === 1 && meant.has(String(issue.path[0])) && source.data[String(issue.path[0])] === undefined;
  const relevant = issues.filter(
    (issue) => !missingButMisspelt(issue) && (issue.code === 'invalid_type' || !wrongType.has(issue.path.join('.'))),
  );
  return relevant.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowedHere = allowedAt(issue.path, allowed);
      // One problem per unknown key, on that key's own line.
      return issue.keys.map((key) => ({
        file,
        line: source.lineOf([...issue.path, key]),
        field: [...issue.path, shownKey(key)].join('.'),
        message: unknownFieldsMessage([shownKey(key)], allowedHere),
        severity: 'error',
      }));
    }
    const field = issue.path.join('.') || 'frontmatter';
    return [{ file, line: source.lineOf(issue.path), field, message: issue.message, severity: 'error' }];
  });
}
