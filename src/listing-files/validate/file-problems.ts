/** Checks every listing and profile gets: its file name, and guidance text left in place of its own. */
import { basename } from 'node:path/posix';
import { isSlug, slugify } from '../../lib/slug.ts';
import type { SourceFile } from '../source-file.ts';
import type { Problem } from '../problem.ts';

/** A file name that is not a slug, with the slug to rename it to. */
export function fileNameProblem(file: string): Problem | undefined {
  const name = basename(file).replace(/\.md$/i, '');
  if (isSlug(name) && file.endsWith('.md')) return undefined;
  const better = slugify(name) || 'job-title-company';
  return {
    file,
    line: 1,
    field: 'file name',
    message: `"${basename(file)}" is not a valid slug; rename it to "${better}.md" (lowercase words joined by hyphens)`,
    severity: 'error',
  };
}

/** `npm run new` and the "Post a job" template write guidance starting with "Replace …"; warn until the editor has replaced it all. */
export function placeholderProblems(file: string, source: SourceFile, field: 'description' | 'about'): Problem[] {
  const lines = source.body.split('\n');
  const index = lines.findIndex((line) => /^(?:[-*]\s+)?Replace (?:this|each)\b/.test(line.trim()));
  if (index < 0) return [];
  return [
    {
      file,
      line: source.bodyLine + index,
      field,
      message: 'still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place',
      severity: 'warning',
    },
  ];
}
