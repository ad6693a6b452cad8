/**
 * The description of a generated listing: the sections real listings have,
 * from the word pools, grown one item at a time to a size between
 * BODY_MIN_BYTES and BODY_MAX_BYTES.
 */
import { int, pick, pickSome, chance, type Rng } from './random.ts';
import { byteLength, fill } from './template.ts';
import type { ExperienceLevel } from '../schema/job.ts';
import type { CategoryVocabulary } from './vocabulary.ts';
import * as words from './vocabulary.ts';

/** Body sizes the generator aims for, in bytes. */
export const BODY_MIN_BYTES = 2048;
export const BODY_MAX_BYTES = 4096;

interface Section {
  heading: string;
  intro?: string;
  items: string[];
  /** Paragraphs instead of a list. */
  prose?: boolean;
  ordered?: boolean;
  /** More items to add while the body is shorter than its target. */
  spare: string[];
}

function renderSection(section: Section): string {
  const parts = [`## ${section.heading}`];
  if (section.intro) parts.push(section.intro);
  if (section.prose) parts.push(...section.items);
  else parts.push(section.items.map((item, i) => `${section.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n'));
  return parts.join('\n\n');
}

const renderBody = (sections: readonly Section[]) => `${sections.map(renderSection).join('\n\n')}\n`;

/** What a listing's description speaks of, picked before it. */
export interface DescribedJob {
  /** The role without seniority, like "Backend Engineer". */
  role: string;
  company: { id: string; name: string; domain: string };
  skills: readonly string[];
  experience: ExperienceLevel;
  currency: string;
  vocab: CategoryVocabulary;
  /** The pay as the description states it; undefined when the listing gives none. */
  salaryText: string | undefined;
}

/** What the templates' {placeholders} are filled with for this listing. */
function templateValues(rng: Rng, job: DescribedJob): Record<string, string> {
  const values: Record<string, string> = {
    company: job.company.name,
    role: job.role
      .toLowerCase()
      .replace(/\b(ios|ux|ui|qa|ml|bi|seo|vp|devops)\b/g, (w) => (w === 'ios' ? 'iOS' : w === 'devops' ? 'DevOps' : w.toUpperCase())),
    product: pick(rng, words.products),
    customers: pick(rng, words.customers),
    team: pick(rng, words.teams),
    area: pick(rng, words.areas),
    domain: job.company.domain,
    skill: job.skills[0]!,
    skill2: job.skills[1] ?? job.skills[0]!,
    skill3: job.skills[2] ?? job.skills[0]!,
    size: String(int(rng, 3, 12)),
    number: (int(rng, 2, 500) * 1000).toLocaleString('en-US'),
    years: String(
      job.experience === 'entry' || job.experience === 'internship'
        ? 1
        : job.experience === 'associate'
          ? 2
          : job.experience === 'mid-senior'
            ? int(rng, 4, 6)
            : 8,
    ),
    timezone: pick(rng, words.timezones),
    language: pick(rng, words.languages),
    days: String(int(rng, 25, 30)),
    money: `${job.currency} ${(int(rng, 10, 30) * 100).toLocaleString('en-US')}`,
  };
  values['aRole'] = `${/^(?:[aeio]|u(?![xi])|ml\b)/i.test(values['role']!) ? 'an' : 'a'} ${values['role']}`;
  return values;
}

/** The markdown body of one listing; `rng` goes on from the listing's own picks. */
export function jobDescription(rng: Rng, job: DescribedJob): string {
  const { vocab, company, salaryText } = job;
  const values = templateValues(rng, job);
  const many = (pool: readonly string[], count: number) => pickSome(rng, pool, count).map((s) => fill(s, values));

  const about = many(words.roleSentences, 6);
  const tasks = [...many(vocab.tasks, vocab.tasks.length), ...many(words.genericTasks, 4)];
  const you = many(words.aboutYou, 7);
  const sections: Section[] = [
    {
      heading: 'About the role',
      items: [about.slice(0, 2).join(' ')],
      prose: true,
      spare: [about.slice(2, 4).join(' '), about.slice(4).join(' ')],
    },
    {
      heading: pick(rng, ["What you'll do", 'What you will work on', 'Your responsibilities']),
      items: tasks.slice(0, 3),
      spare: tasks.slice(3),
    },
    { heading: pick(rng, ['About you', "What we're looking for", 'Who you are']), items: you.slice(0, 3), spare: you.slice(3) },
  ];
  if (chance(rng, 0.6)) sections.push({ heading: 'Nice to have', items: many(words.niceToHave, 2), spare: [] });
  const pay = salaryText
    ? `${salaryText}, depending on experience.`
    : 'We share the salary range in the first call, before you spend time on anything else.';
  sections.push({
    heading: pick(rng, ['Pay and benefits', 'What we offer', 'Benefits']),
    intro: pay,
    items: many(words.benefits, 2),
    spare: many(words.benefits, 4),
  });
  const steps = pickSome(rng, words.hiringSteps, 4);
  const hiringNote = chance(rng, 0.4)
    ? `Read more about how we hire in [our hiring guide](https://${company.id}.example/hiring). We reply to every application within ten working days.`
    : 'We reply to every application within ten working days, whatever the answer.';
  sections.push({ heading: 'How we hire', intro: hiringNote, items: steps.slice(0, 2), ordered: true, spare: steps.slice(2) });

  // Grow the description one item at a time until it reaches its target size.
  const target = int(rng, BODY_MIN_BYTES + 64, BODY_MAX_BYTES - 320);
  let body = renderBody(sections);
  while (byteLength(body) < target) {
    const growable = sections.filter((s) => s.spare.length > 0);
    if (growable.length === 0) {
      sections.push({
        heading: `About ${company.name}`,
        items: [many(words.roleSentences, 3).join(' ')],
        prose: true,
        spare: [many(words.roleSentences, 3).join(' '), many(words.companySentences, 3).join(' ')],
      });
      body = renderBody(sections);
      continue;
    }
    const section = pick(rng, growable);
    section.items.push(section.spare.shift()!);
    body = renderBody(sections);
  }
  return body;
}
