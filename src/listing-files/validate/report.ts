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
  const lines = problems.map((p) => problemLine(p, colour));
  lines.push(countsLine(summary, colour));
  if (summary.errors > 0) lines.push(fixHint(colour));
  return lines.join('\n');
}

const fixHint = (colour: boolean) => paint(2, colour)('Fix the errors above; field reference: CONTRIBUTING.md');

/**
 * What the build prints: errors in full, and the warnings as one line that
 * says where to read them. Warnings are for whoever reviews a listing (a
 * missing salary, a featured flag), and `npm run validate` and the pull
 * request's check show them there; on every build they would be noise that
 * no one building can act on.
 */
export function formatForBuild(problems: readonly Problem[], summary: Summary, colour: boolean): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const lines = errors.map((p) => problemLine(p, colour));
  const files = plural(summary.files, 'file');
  if (errors.length) lines.push(paint(31, colour)(`✖ ${plural(errors.length, 'error')} in ${files}`), fixHint(colour));
  else lines.push(`✔ ${files} valid`);
  const notes = problems.filter((p) => p.severity === 'warning');
  if (notes.length)
    lines.push(paint(2, colour)(`${plural(notes.length, 'note')} for reviewers (${byField(notes)}); npm run validate lists them`));
  return lines.join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "salary 12, featured 6, posted 2": how many warnings each field has, most first. */
function byField(problems: readonly Problem[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) {
    const field = p.field.split('.')[0] ?? p.field;
    counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([field, n]) => `${printable(field)} ${n}`)
    .join(', ');
}

function problemLine(p: Problem, colour: boolean): string {
  const severity = p.severity === 'error' ? paint(31, colour)('error') : paint(33, colour)('warning');
  return `${paint(1, colour)(`${printable(p.file)}:${p.line}`)}  ${severity}  ${printable(p.field)}: ${printable(p.message)}`;
}

function countsLine(summary: Summary, colour: boolean): string {
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${plural(summary.files, 'file')}`;
  return summary.errors > 0 ? paint(31, colour)(`✖ ${counts}`) : summary.warnings > 0 ? paint(33, colour)(`⚠ ${counts}`) : `✔ ${counts}`;
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
