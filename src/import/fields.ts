/**
 * The listing fields no service states the way the board does, each by a
 * rule an editor can predict (CONTRIBUTING.md, "Imported jobs"):
 * - employment: the service's type when it has one, else words in the title
 *   ("Intern", "Part-time", "Freelance"), else full-time;
 * - experience: words in the title ("Junior", "Director", "VP"…), else mid-senior;
 * - skills: the service's tags when it has them, else the specialities the title
 *   names in brackets or after a dash ("Backend Engineer (Go)" → Go), then the
 *   department and team, at most five; the role itself when nothing else is left.
 */
import type { EmploymentType, ExperienceLevel } from '../schema/job.ts';
import { listingLimits } from '../schema/job.ts';
import { normalizeSkillList } from '../lib/skills.ts';
import { areaEntries, officeLocation } from './place.ts';

export function employmentFromText(text: string | null | undefined): EmploymentType | undefined {
  const words = (text ?? '').toLowerCase();
  if (/\b(?:intern|internship|trainee|apprentice(?:ship)?|werkstudent)\b/.test(words)) return 'internship';
  if (/\bfreelance(?:r)?\b/.test(words)) return 'freelance';
  if (/\bpart[- ]?time\b/.test(words)) return 'part-time';
  if (/\b(?:contract(?:or)?|temporary|temp|fixed[- ]term|interim)\b/.test(words)) return 'contract';
  if (/\b(?:full[- ]?time|permanent)\b/.test(words)) return 'full-time';
  return undefined;
}

/** From a title alone only the unambiguous words count: "Contract Manager" is not a contract. */
export function employmentFromTitle(title: string): EmploymentType | undefined {
  const words = title.toLowerCase();
  if (/\b(?:intern|internship)\b/.test(words)) return 'internship';
  if (/\bpart[- ]time\b/.test(words)) return 'part-time';
  if (/\bfreelance\b/.test(words)) return 'freelance';
  return undefined;
}

export function experienceFromTitle(title: string, employment: EmploymentType): ExperienceLevel {
  const words = title.toLowerCase();
  if (employment === 'internship' || /\b(?:intern|internship)\b/.test(words)) return 'internship';
  if (/\b(?:chief|vp|svp|evp|vice president|cto|ceo|cfo|coo|cpo|cmo)\b/.test(words)) return 'executive';
  if (/\b(?:director|head of)\b/.test(words)) return 'director';
  if (/\b(?:junior|jr|graduate|entry[- ]level|trainee|apprentice)\b/.test(words)) return 'entry';
  if (/^associate\b/.test(words)) return 'associate';
  return 'mid-senior';
}

const seniority =
  /\b(?:senior|sr|junior|jr|staff|principal|lead|head of|chief|intern|graduate|associate|mid[- ]level|entry[- ]level|[ivx]+|\d+)\b\.?/gi;
const notSkills =
  /\b(?:remote|hybrid|on[- ]?site|office|full[- ]?time|part[- ]?time|contract|freelance|temporary|permanent|internship|m\/f\/d|f\/m\/d|m\/w\/d|all genders?)\b/i;
const maxSkills = 5;
const maxSkillLength = 40;

/** A candidate skill the schema accepts: short, with Latin letters or digits, not a place or a contract word. */
function isSkill(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length >= 1 &&
    trimmed.length <= maxSkillLength &&
    /[A-Za-z0-9]/.test(trimmed) &&
    !/^\d+$/.test(trimmed) &&
    !notSkills.test(trimmed) &&
    areaEntries(trimmed) === undefined &&
    officeLocation(trimmed) === undefined
  );
}

/** "Backend Engineer (Go, Kubernetes)" → Go, Kubernetes; "Data Engineer – Python & dbt" → Python, dbt. */
function titleSpecialities(title: string): string[] {
  const bracketed = [...title.matchAll(/[([]([^)\]]+)[)\]]/g)].map((m) => m[1]!);
  const afterDash = title
    .replace(/[([][^)\]]*[)\]]/g, ' ')
    .split(/\s[-–—|]\s|:\s|,\s/)
    .slice(1);
  // "(m/f/d)" is one note, not three skills: a part that is no skill as a whole is dropped before it is split.
  return (
    [...bracketed, ...afterDash]
      .filter((part) => !notSkills.test(part))
      .flatMap((part) => part.split(/,|\/|&|\+|\band\b/i))
      // "Payments #2" is the second Payments opening, not a skill of its own.
      .map((part) => part.replace(/\s*#\d+\b/g, '').trim())
  );
}

/** The role a title names, without seniority words or brackets: "Senior Backend Engineer (Go)" → "Backend Engineer". */
export function roleOf(title: string): string {
  const role = title
    .replace(/[([][^)\]]*[)\]]/g, ' ')
    .split(/\s[-–—|]\s|:\s|,\s/)[0]!
    .replace(seniority, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const words = (role || title.trim()).split(' ');
  let short = '';
  for (const word of words) if (`${short} ${word}`.trim().length <= maxSkillLength) short = `${short} ${word}`.trim();
  return short || title.trim().slice(0, maxSkillLength);
}

export function skillsFor(input: {
  title: string;
  tags?: readonly string[] | undefined;
  department?: string | undefined;
  team?: string | undefined;
}): string[] {
  const fromTags = normalizeSkillList((input.tags ?? []).filter(isSkill)).slice(0, listingLimits.skills.max);
  if (fromTags.length) return fromTags;
  const candidates = [...titleSpecialities(input.title), input.department ?? '', input.team ?? ''].filter(isSkill);
  const skills = normalizeSkillList(candidates).slice(0, maxSkills);
  return skills.length ? skills : [roleOf(input.title)];
}

/** A calendar date "YYYY-MM-DD" (UTC) from an ISO timestamp, "2026-11-10 09:00:00 UTC" or milliseconds; undefined when unreadable. */
export function dateOf(value: unknown): string | undefined {
  if (typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const parsed = Date.parse(value);
  if (!Number.isNaN(parsed)) return new Date(parsed).toISOString().slice(0, 10);
  const plain = /^(\d{4}-\d{2}-\d{2})(?:[ T]|$)/.exec(value.trim())?.[1];
  return plain && !Number.isNaN(Date.parse(`${plain}T00:00:00Z`)) ? plain : undefined;
}

/** Text from a service, on one line, without control or invisible characters the schema refuses. */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/[\u0000-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
