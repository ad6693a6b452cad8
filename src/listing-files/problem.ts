/** One thing wrong with one file, located to the line, in words an editor can act on. */
export interface Problem {
  file: string;
  line: number;
  /** Dotted field path ("salary.currency"), or a pseudo-field like "file" or "body". */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize(problems: readonly Problem[], files: number): Summary {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors, files };
}
