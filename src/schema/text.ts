/** One line of text an editor writes: a title, a name, a skill, a place. */
import { z } from 'astro/zod';
import { controlCharacter, invisibleCharacter, stackedMarks, stackedMarksMessage, unicodeName } from '../lib/hidden-characters.ts';

/** Line breaks of every kind, including the ones a YAML escape (\L, \P, \N) writes. */
const lineBreak = /[\r\n\u0085\u2028\u2029]/;
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
