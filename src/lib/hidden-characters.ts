/**
 * Characters that hide, reorder or pile up text: the rules for one-line
 * fields (src/schema/text.ts), addresses, descriptions and the sanitiser
 * that renders descriptions all read these, so they agree on what is hidden.
 */
/**
 * Characters that change how text around them looks without showing
 * themselves: zero-width spaces, soft hyphens, invisible operators, tag
 * characters and Hangul fillers (which count as letters) make a title that
 * reads as empty, and direction marks and overrides make "gnp.exe" read as
 * "exe.png" and spill into the text after them. Joiners (U+200C, U+200D)
 * and variation selectors stay: emoji and several scripts need them.
 */
export const invisibleCharacter =
  /[\u00AD\u061C\u115F\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]|\u034F|\u1160|\u17B4|\u17B5|[\u180B-\u180F]/u;
/**
 * The invisible characters a description may not hold either. Running text
 * keeps the few with a use there: the soft hyphen (hyphenation hints), the
 * zero-width space (word breaks in Thai and Khmer) and the direction marks
 * (LRM, RLM, ALM) that put a number in the right place in Arabic or Hebrew.
 * Overrides, embeddings and isolates reorder whole words, so they go.
 */
export const hiddenInRunningText =
  /[\u115F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]|\u034F|\u1160|\u17B4|\u17B5|[\u180B-\u180F]/u;
/** Control characters, which YAML escapes such as "\a" or "\x1b" can put in a value. */
export const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
export const unicodeName = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Marks drawn on one character: real scripts stack up to three once
 * composed (a Thai vowel and tone mark, Hebrew points, a Tibetan stack);
 * "Zalgo" text stacks dozens, which draw over the lines above and below.
 */
export const MAX_MARKS_PER_CHARACTER = 3;
const markPile = new RegExp(`[\\p{Mn}\\p{Me}]{${MAX_MARKS_PER_CHARACTER + 1},}`, 'u');

/** The first pile of more than MAX_MARKS_PER_CHARACTER combining marks, after composing what Unicode can, with its length. */
export function stackedMarks(value: string): { index: number; count: number } | undefined {
  const match = markPile.exec(value.normalize('NFC'));
  return match ? { index: match.index, count: [...match[0]].length } : undefined;
}

export const stackedMarksMessage = (count: number) =>
  `stacks ${count} combining marks on one character, which draws over the text around it; keep at most ${MAX_MARKS_PER_CHARACTER}`;
