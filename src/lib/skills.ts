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

const capitals = (s: string) => s.replace(/[^A-Z]/g, '').length;

/**
 * The board-wide display name for each skill id: the spelling most listings
 * use; ties go to the more capitalised spelling ("TypeScript" over
 * "typescript"), then alphabetical, so the choice is deterministic.
 */
export function canonicalSkillLabels(labels: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const raw of labels) {
    const label = cleanSkill(raw);
    const id = skillId(label);
    if (!id) continue;
    const spellings = counts.get(id) ?? new Map<string, number>();
    spellings.set(label, (spellings.get(label) ?? 0) + 1);
    counts.set(id, spellings);
  }
  const result = new Map<string, string>();
  for (const [id, spellings] of counts) {
    const [best] = [...spellings].sort(([a, ca], [b, cb]) => cb - ca || capitals(b) - capitals(a) || a.localeCompare(b, 'en'));
    result.set(id, best![0]);
  }
  return result;
}
