/**
 * The validator's three outputs: readable text (colour only on a TTY),
 * GitHub Actions annotations, and JSON for other tools.
 */
import type { Problem, Summary } from '../problem.ts';

/**
 * Problems quote the listing's own text (an unknown key, a value), so what
 * would act on the reader's terminal or reorder the line (escape codes,
 * direction overrides, invisible characters, line separators) is shown by
 * its code point instead.
 */
const unprintable = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;
export const printable = (text: string) =>
  text.replace(unprintable, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);

const paint = (code: number, colour: boolean) => (text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatText(problems: readonly Problem[], summary: Summary, colour: boolean): string {
  const red = paint(31, colour);
  const yellow = paint(33, colour);
  const dim = paint(2, colour);
  const bold = paint(1, colour);
  const lines = problems.map(
    (p) =>
      `${bold(`${printable(p.file)}:${p.line}`)}  ${p.severity === 'error' ? red('error') : yellow('warning')}  ${printable(p.field)}: ${printable(p.message)}`,
  );
  const counts = `${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'} in ${summary.files} file${summary.files === 1 ? '' : 's'}`;
  lines.push(summary.errors > 0 ? red(`✖ ${counts}`) : summary.warnings > 0 ? yellow(`⚠ ${counts}`) : `✔ ${counts}`);
  if (summary.errors > 0) lines.push(dim('Fix the errors above; field reference: CONTRIBUTING.md'));
  return lines.join('\n');
}

/** GitHub's workflow command syntax; data and properties need their own escaping. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(problems: readonly Problem[]): string {
  return problems
    .map(
      (p) =>
        `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(printable(p.field))}::${escapeData(printable(`${p.field}: ${p.message}`))}`,
    )
    .join('\n');
}

export function formatJson(problems: readonly Problem[], summary: Summary): string {
  return JSON.stringify({ ...summary, problems }, null, 2);
}
