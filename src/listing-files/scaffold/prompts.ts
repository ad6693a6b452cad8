/** The questions `npm run new` asks in a terminal (@clack/prompts), for the answers its flags did not give. */
import * as prompts from '@clack/prompts';
import { CommandFailure } from '../../cli/failure.ts';
import { answer, type Answers } from './answers.ts';
import { checks } from './check.ts';
import type { ScaffoldContext } from './plan.ts';
import { NEW_COMPANY, questionProblem, questions } from './questions.ts';

/** Ctrl-C or Escape at any question: says so, and ends the command. */
function cancelled(): never {
  prompts.cancel('Cancelled; nothing was written.');
  throw new CommandFailure('');
}

/** Asks every question whose answer is missing, and fills `answers` in. */
export async function askMissing(answers: Answers, context: ScaffoldContext): Promise<void> {
  prompts.intro('New job listing');
  for (const question of questions) {
    if (answer(answers, question.key) !== undefined) continue;
    if (question.when && !question.when(answers, context)) continue;
    const initial = question.initial?.(answers);
    // Typing filters a list (clack's autocomplete): in a plain select, typed letters were ignored or jumped to another option.
    const result = question.choices
      ? await prompts.autocomplete({
          message: question.message,
          options: question.choices(context),
          placeholder: 'Type to filter, or use the arrow keys',
          ...(initial ? { initialValue: initial } : {}),
        })
      : await prompts.text({
          message: question.message,
          // "e.g.": a dimmed example, not a default that Enter would accept.
          ...(question.placeholder ? { placeholder: `e.g. ${question.placeholder}` } : {}),
          ...(initial ? { initialValue: initial } : {}),
          validate: (value) => questionProblem(question, value, answers, context),
        });
    if (prompts.isCancel(result)) cancelled();
    const value = result.trim();
    if (value && value !== NEW_COMPANY) answers[question.key] = value;
  }
}

/** Asks for another file name when the job's is taken; `suggested` is free, `pathOf` shows where a slug would go. */
export async function askOtherSlug(
  takenPath: string,
  suggested: string,
  taken: (slug: string) => boolean,
  pathOf: (slug: string) => string,
): Promise<string> {
  const slug = await prompts.text({
    message: `${takenPath} already exists. File name for this job (lowercase words joined by hyphens)`,
    initialValue: suggested,
    validate: (value) => {
      const checked = checks.slug(value ?? '');
      if (!checked.ok) return `File name ${checked.message}`;
      return taken(checked.value) ? `${pathOf(checked.value)} already exists too` : undefined;
    },
  });
  if (prompts.isCancel(slug)) cancelled();
  return slug;
}

/** Shows the files about to be written and asks to go ahead. */
export async function confirmWrite(paths: readonly string[]): Promise<void> {
  prompts.note(paths.join('\n'), 'Files to create');
  const go = await prompts.confirm({ message: 'Write these files?', initialValue: true });
  if (prompts.isCancel(go) || !go) cancelled();
}

/** What was written, the warnings worth fixing and the next steps, in the prompts' style. */
export function showDone(written: readonly string[], warnings: readonly string[], steps: readonly string[]): void {
  prompts.log.success(`Wrote\n${written.join('\n')}`);
  if (warnings.length) prompts.log.warn(`Warnings (fine to leave, better to fix)\n${warnings.join('\n')}`);
  prompts.note(steps.join('\n'), 'Next steps');
  prompts.outro('Done.');
}
