/**
 * The run's summary: Markdown, readable in a terminal and as the import pull
 * request's body, and JSON for tools. Titles and reasons quote postings, which
 * strangers wrote, so in Markdown they are escaped: no link, image, HTML or
 * @mention in a posting can reach the pull request page.
 */
import type { Action, Entry } from './planner.ts';
import type { CompanyReport, ImportReport } from './run.ts';
import { services } from './services.ts';

const actions: readonly Action[] = ['added', 'updated', 'closed', 'unchanged', 'skipped'];

export type Counts = Record<Action, number>;

export function countEntries(entries: readonly Entry[]): Counts {
  const counts = Object.fromEntries(actions.map((action) => [action, 0])) as Counts;
  for (const entry of entries) counts[entry.action]++;
  return counts;
}

export const failedCompanies = (report: ImportReport): CompanyReport[] => report.companies.filter((company) => company.error);

/** Text as Markdown shows it, character for character: its markup escaped, links and mentions broken up. */
export function markdownText(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/[\\`*_[\]<>&!~|]/g, '\\$&')
      // Bare addresses would become links and "@name" a mention: a word joiner breaks each up, invisibly.
      .replace(/:\/\//g, ':/\u2060/')
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u2060.`)
      .replace(/@/g, '@\u2060')
  );
}

/** A file name in code quotes. */
const code = (text: string) => `\`${text.replace(/`/g, '')}\``;

function entryLine(entry: Entry): string {
  const what = entry.file
    ? code(entry.file)
    : `${markdownText(entry.posting?.title || 'A posting')} (id ${markdownText(entry.posting?.id ?? '?')})`;
  const titled = entry.file && entry.action === 'skipped' && entry.posting?.title ? ` (${markdownText(entry.posting.title)})` : '';
  const verb = entry.action[0]!.toUpperCase() + entry.action.slice(1);
  const draft = entry.draft ? `, as a **draft**: ${markdownText(entry.draft)}` : '';
  const reason = entry.reason ? `: ${markdownText(entry.reason)}` : '';
  return `- ${verb} ${what}${titled}${draft}${reason}`;
}

function companyHeading(company: CompanyReport): string {
  const where = company.service && company.board ? ` (${services[company.service].label} board ${code(company.board)})` : '';
  return `### ${code(company.company)}${where}`;
}

export function formatMarkdown(report: ImportReport): string {
  const lines = [`## Jobs imported on ${report.date}`, ''];
  if (!report.companies.length) return [...lines, 'No company profile has an `import:` block, so there was nothing to import.'].join('\n');
  const total = countEntries(report.companies.flatMap((company) => company.entries));
  const failed = failedCompanies(report);
  lines.push(
    `${actions.map((action) => `${total[action]} ${action}`).join(', ')} from ${report.companies.length} ${report.companies.length === 1 ? 'board' : 'boards'}` +
      (failed.length ? `; **${failed.length} failed**.` : '.'),
    '',
    'Review each added and updated listing as you would one an editor wrote; drafts say in their frontmatter what to check.',
  );
  for (const company of report.companies) {
    lines.push('', companyHeading(company), '');
    if (company.error) {
      lines.push(`**Failed:** ${markdownText(company.error)}`);
      continue;
    }
    const counts = countEntries(company.entries);
    lines.push(actions.map((action) => `${counts[action]} ${action}`).join(', '));
    const listed = company.entries.filter((entry) => entry.action !== 'unchanged');
    if (listed.length) lines.push('', ...listed.map(entryLine));
  }
  return lines.join('\n');
}

export function formatJson(report: ImportReport): string {
  return JSON.stringify(
    {
      date: report.date,
      totals: countEntries(report.companies.flatMap((company) => company.entries)),
      failed: failedCompanies(report).length,
      companies: report.companies.map((company) => ({ ...company, counts: countEntries(company.entries) })),
    },
    null,
    2,
  );
}
