/** One line of text an editor writes: a title, a name, a skill, a place. */
import { z } from 'astro/zod';

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
/** Line breaks of every kind, including the ones a YAML escape (\L, \P, \N) writes. */
const lineBreak = /[\r\n\u0085\u2028\u2029]/;
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

/** Trimmed text of `min`–`max` characters, on one line, with something visible in it; `what` names it in messages. */
export function text(min: number, max: number, what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be text (${what})`) })
    .trim()
    .min(min, { error: `is too short: use at least ${min} ${min === 1 ? 'character' : 'characters'}`, abort: true })
    .max(max, { error: `is too long: use at most ${max} characters` })
    .superRefine((value, ctx) => {
      const invisible = invisibleCharacter.exec(value)?.[0];
      const control = controlCharacter.exec(value)?.[0];
      const pile = stackedMarks(value);
      if (lineBreak.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be one line; remove the line break', input: value });
      } else if (control) {
        ctx.addIssue({ code: 'custom', message: `contains a control character (${unicodeName(control)}); delete it`, input: value });
      } else if (invisible) {
        ctx.addIssue({ code: 'custom', message: `contains an invisible character (${unicodeName(invisible)}); delete it`, input: value });
      } else if (pile) {
        ctx.addIssue({ code: 'custom', message: stackedMarksMessage(pile.count), input: value });
      } else if (!/[\p{L}\p{N}]/u.test(value)) {
        ctx.addIssue({ code: 'custom', message: `has no letters or digits; write ${what}`, input: value });
      }
    });
}
