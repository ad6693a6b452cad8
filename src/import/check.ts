/**
 * The last gate before a file is written: the validator itself, run on the
 * planned file with its company's profile. A listing the validator would
 * refuse (a title too long, a 1 MB description, a word of 300 characters…)
 * is skipped with the validator's own message, so every file the importer
 * writes passes `npm run validate`.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { site } from '../config/site.ts';
import { validateContent } from '../listing-files/validate/validate.ts';

export interface Profile {
  /** As the validator reads it: a path it can find the logo next to. */
  path: string;
  bytes: Uint8Array;
}

export function validatorCheck(profile: Profile, today: string): (file: string, text: string) => string | undefined {
  return (file, text) => {
    const problems = validateContent({
      jobs: [{ path: file, bytes: new TextEncoder().encode(text) }],
      companies: [profile],
      readFile: (path) => (existsSync(path) && lstatSync(path).isFile() ? readFileSync(path) : undefined),
      today,
      defaultExpiryDays: site.defaultExpiryDays,
      only: new Set([file]),
    });
    const error = problems.find((problem) => problem.severity === 'error');
    return error ? `would not pass the validator (${error.field}: ${error.message})` : undefined;
  };
}
