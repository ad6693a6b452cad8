/**
 * The first `npm run build` a newcomer runs, on the sample content, must be
 * quiet and honest: no warning someone building can act on (review notes
 * are for `npm run validate` and the pull request's check), and a clear
 * line that says the content is valid.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixture } from '../support/fixture.ts';

describe('npm run build on the sample content', () => {
  const log = readFileSync(fixture.sampleBuildLog, 'utf8');

  it('prints no warning, only a count of the notes reviewers see with npm run validate', () => {
    expect(log.split('\n').filter((line) => /warn|⚠/i.test(line))).toEqual([]);
    expect(log).toMatch(/^✔ \d+ files valid$/m);
    expect(log).toMatch(/^\d+ notes for reviewers \((\w+ \d+(, )?)+\); npm run validate lists them$/m);
  });
});
