/**
 * The text a job card shows, worked out once per job per build. A job's
 * card appears on many list pages and in other jobs' similar-jobs lists, and
 * the salary and place formatting behind it (Intl) is the costly part.
 */
import type { Workplace } from '../schema/job.ts';
import { whereFacts } from './places.ts';
import { formatSalary, type Salary } from './salary.ts';
import { windowShortLabel, type OffsetWindow } from './time-zones.ts';

export interface CardJob {
  category: { label: string };
  workplace: Workplace;
  region?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  timezones?: OffsetWindow | undefined;
  location?: string | undefined;
  salary?: Salary | undefined;
  skills: readonly { id: string; label: string }[];
}

export interface CardText {
  /**
   * Category, where applicants may live, the working-hours window and the
   * office: "Design", "Remote (Europe except FR)", "UTC−1…+3", "Berlin".
   */
  facts: string[];
  /** Compact salary, "€78K–€95K/yr", when one is given. */
  salary?: string;
  estimated: boolean;
  /** The first few skills, and how many more the job names. */
  shownSkills: CardJob['skills'];
  moreSkills: number;
}

const cardSkillCount = 3;

const cache = new WeakMap<CardJob, CardText>();

export function cardText(job: CardJob): CardText {
  let text = cache.get(job);
  if (!text) {
    const shownSkills = job.skills.slice(0, cardSkillCount);
    text = {
      facts: [job.category.label, ...placeFacts(job)],
      ...(job.salary ? { salary: formatSalary(job.salary, { compact: true }) } : {}),
      estimated: job.salary?.estimated === true,
      shownSkills,
      moreSkills: job.skills.length - shownSkills.length,
    };
    cache.set(job, text);
  }
  return text;
}

/** Where from and in which hours: the window goes right after the place, before the office. */
function placeFacts(job: CardJob): string[] {
  const [summary, office] = whereFacts(job);
  return [summary, ...(job.timezones ? [windowShortLabel(job.timezones)] : []), ...(office ? [office] : [])];
}
