/**
 * What an editor tells the scaffold, exactly as typed at a prompt or on the
 * command line: every value is a string and lists are comma-separated. The
 * same answers drive the interactive and the scripted mode.
 */
export const answerKeys = [
  'title',
  'company',
  'companyName',
  'companyWebsite',
  'companyLocation',
  'category',
  'workplace',
  'employment',
  'region',
  'exclude',
  'location',
  'timezones',
  'experience',
  'salaryMin',
  'salaryMax',
  'currency',
  'period',
  'estimated',
  'skills',
  'apply',
  'posted',
  'expires',
  'sourceName',
  'sourceUrl',
  'draft',
  'slug',
] as const;

export type AnswerKey = (typeof answerKeys)[number];
export type Answers = { [K in AnswerKey]?: string | undefined };

/** The command-line flag of each answer, without the leading "--". */
export const flagNames: Record<AnswerKey, string> = {
  title: 'title',
  company: 'company',
  companyName: 'company-name',
  companyWebsite: 'company-website',
  companyLocation: 'company-location',
  category: 'category',
  workplace: 'workplace',
  employment: 'employment',
  region: 'region',
  exclude: 'exclude',
  location: 'location',
  timezones: 'timezones',
  experience: 'experience',
  salaryMin: 'salary-min',
  salaryMax: 'salary-max',
  currency: 'currency',
  period: 'period',
  estimated: 'estimated',
  skills: 'skills',
  apply: 'apply',
  posted: 'posted',
  expires: 'expires',
  sourceName: 'source-name',
  sourceUrl: 'source-url',
  draft: 'draft',
  slug: 'slug',
};

/** Yes-or-no answers: bare flags (--draft) on the command line, "yes" or "no" at a prompt. */
export const yesNoKeys: readonly AnswerKey[] = ['estimated', 'draft'];

/** "--salary-min" */
export function flagOf(key: AnswerKey): string {
  return `--${flagNames[key]}`;
}

/** "Figma, Design systems,," -> ["Figma", "Design systems"] */
export function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The answer with surrounding space removed; undefined when empty. */
export function answer(answers: Answers, key: AnswerKey): string | undefined {
  const value = answers[key]?.trim();
  return value ? value : undefined;
}
