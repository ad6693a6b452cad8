import { slugify } from './slug.ts';

/** Trim, collapse inner whitespace. */
export function cleanSkill(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}

/** A skill's identity: "React", "react" and " REACT " are one skill. */
export function skillId(label: string): string {
  return slugify(cleanSkill(label));
}

/** One listing's skills, cleaned, with case-insensitive duplicates removed (first spelling wins). */
export function normalizeSkillList(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of labels) {
    const label = cleanSkill(raw);
    const id = skillId(label);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    result.push(label);
  }
  return result;
}

/**
 * The characters of a spelling that its id drops and that change how it
 * reads: letters and digits of other scripts ("Л") and symbols beyond ASCII
 * ("☠", "🚀"). Accented Latin letters stay ("Zürich" keeps its u), and so
 * do ASCII signs and punctuation ("C++", "C#", "<b>"): they hide nothing.
 */
export function droppedBySkillId(label: string): string[] {
  const kept = (char: string) => /^[A-Za-z0-9]*$/.test(char.normalize('NFKD').replace(/\p{M}/gu, ''));
  const changesReading = (char: string) =>
    (/[\p{L}\p{N}]/u.test(char) && !kept(char)) || (char.codePointAt(0)! > 0x7f && /\p{S}/u.test(char));
  return [...new Set([...label].filter(changesReading))];
}

/** A spelling without what its id drops: "AIRFLOW ☠ ЛОХОТРОН" is shown as "AIRFLOW". */
export function faithfulSpelling(label: string): string {
  const dropped = new Set(droppedBySkillId(label));
  const kept = [...label].filter((char) => !dropped.has(char)).join('');
  return cleanSkill(kept.replace(/\(\s*\)|\[\s*\]/g, ''));
}

/** One listing's use of a skill, as the board-wide label is chosen from them. */
export interface SkillUse {
  label: string;
  company: string;
  posted: string;
  open: boolean;
}

interface Spelling {
  label: string;
  companies: Set<string>;
  uses: number;
  firstPosted: string;
}

/**
 * The board-wide display name for each skill id, shown on every job page,
 * the skill's page and the feeds. A stranger's listing must not rename a
 * skill on other companies' pages, so: only open listings count (closed
 * ones only when no open one names the skill), a spelling shows nothing its
 * id drops, and the spelling the most companies use wins; then the one most
 * listings use, then the one in use longest, then alphabetical order.
 */
export function canonicalSkillLabels(uses: Iterable<SkillUse>): Map<string, string> {
  const byId = new Map<string, { open: SkillUse[]; all: SkillUse[] }>();
  for (const use of uses) {
    const id = skillId(use.label);
    if (!id) continue;
    const entry = byId.get(id) ?? { open: [], all: [] };
    entry.all.push(use);
    if (use.open) entry.open.push(use);
    byId.set(id, entry);
  }
  const result = new Map<string, string>();
  for (const [id, { open, all }] of byId) {
    const spellings = new Map<string, Spelling>();
    for (const use of open.length ? open : all) {
      const label = faithfulSpelling(use.label);
      const spelling = spellings.get(label) ?? { label, companies: new Set(), uses: 0, firstPosted: use.posted };
      spelling.companies.add(use.company);
      spelling.uses++;
      if (use.posted < spelling.firstPosted) spelling.firstPosted = use.posted;
      spellings.set(label, spelling);
    }
    const [best] = [...spellings.values()].sort(
      (a, b) =>
        b.companies.size - a.companies.size ||
        b.uses - a.uses ||
        a.firstPosted.localeCompare(b.firstPosted) ||
        a.label.localeCompare(b.label, 'en'),
    );
    result.set(id, best!.label);
  }
  return result;
}
