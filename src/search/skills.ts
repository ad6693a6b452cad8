/**
 * A job's skills as its search record carries them in Pagefind's metadata,
 * for the result card's skill chips: [id, label] pairs, not objects.
 * Pagefind 1.6 searches every metadata field, and key names ("id",
 * "label") would make every job match a search for those words.
 */
export interface SkillRef {
  id: string;
  label: string;
}

export function encodeSkills(skills: readonly SkillRef[]): string {
  return JSON.stringify(skills.map((skill) => [skill.id, skill.label]));
}

/** The skills of a record; none when the field is missing or not what encodeSkills writes. */
export function decodeSkills(raw: string | undefined): SkillRef[] {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string')
    .map(([id, label]) => ({ id, label }));
}
