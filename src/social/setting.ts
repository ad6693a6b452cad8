/**
 * Whether this build paints a social card per open job: `socialCards` in
 * src/config/site.ts, or SOCIAL_CARDS for one build (the tests and the
 * benchmark build both ways from one checkout).
 */
import { site, type SocialCards } from '../config/site.ts';

const choices: readonly SocialCards[] = ['per-job', 'board'];

const fromEnv = (env: NodeJS.ProcessEnv) => env['SOCIAL_CARDS'] || undefined;

/** A SOCIAL_CARDS the build cannot use, in words; undefined when it is unset or valid. */
export function socialCardsProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = fromEnv(env);
  if (value === undefined || (choices as readonly string[]).includes(value)) return undefined;
  return `SOCIAL_CARDS "${value}" is not a choice; use ${choices.join(' or ')} (socialCards in src/config/site.ts)`;
}

export function socialCardsSetting(env: NodeJS.ProcessEnv = process.env): SocialCards {
  const problem = socialCardsProblem(env);
  if (problem) throw new Error(problem);
  return choices.find((choice) => choice === fromEnv(env)) ?? site.socialCards;
}

/** True when each open job gets its own card. */
export const perJobCards = (env: NodeJS.ProcessEnv = process.env): boolean => socialCardsSetting(env) === 'per-job';
