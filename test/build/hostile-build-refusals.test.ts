/**
 * What the validator refuses in a field, the build refuses too, so a board
 * built without the validator (a reviewer merged anyway, a fork skipped it)
 * still stops with the validator's message naming the file: logos too heavy
 * or too large to serve, stacked marks, links a browser reads as pages on
 * the board, mailto: links that copy applications elsewhere, and pay that
 * would show as 0.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT } from '../support/fixture.ts';
import { buildWithoutValidator, HOSTILE } from '../support/hostile.ts';

/** A content folder with the hostile company, its logo and one job, plus `files` (paths under test/fixtures/hostile). */
function contentWith(name: string, files: readonly string[]): string {
  const content = join(OUTPUT, `content-refused-${name}`);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'jobs'), { recursive: true });
  mkdirSync(join(content, 'companies'), { recursive: true });
  for (const file of ['companies/hostile-co.md', 'companies/hostile-co.svg', 'jobs/long-word.md', ...files]) {
    cpSync(join(HOSTILE, file), join(content, file));
  }
  return content;
}

describe('build of hostile files the validator refuses', () => {
  it.each([
    ['logo-heavy', ['companies/logo-heavy.md', 'companies/logo-heavy.svg'], 'logo-heavy.svg is 211 KB; logos may be at most 200 KB'],
    [
      'logo-vast-viewbox',
      ['companies/logo-vast-viewbox.md', 'companies/logo-vast-viewbox.svg'],
      'logo-vast-viewbox.svg is 100000 × 100000 pixels; logos may be at most 2048 pixels on a side',
    ],
    ['title-zalgo', ['jobs/title-zalgo.md'], 'stacks 30 combining marks on one character'],
    ['apply-single-slash', ['jobs/apply-single-slash.md'], 'does not start with "https://" and a host'],
    ['website-no-slashes', ['companies/website-no-slashes.md'], 'does not start with "https://" and a host'],
    ['name-lookalike', ['companies/name-twin.md', 'companies/name-lookalike.md'], 'looks the same as the name of'],
    ['apply-mailto-bcc', ['jobs/apply-mailto-bcc.md'], 'has a "#" part, which some mail apps read as more fields'],
    ['salary-tiny', ['jobs/salary-tiny.md'], 'is less than 0.01, which the board would show as 0'],
  ] as const)(
    '%s',
    (name, files, message) => {
      const dist = join(OUTPUT, `dist-refused-${name}`);
      rmSync(dist, { recursive: true, force: true });
      const { status, output } = buildWithoutValidator(contentWith(name, files), dist);
      expect(status).not.toBe(0);
      expect(output).toContain(message);
      expect(output).toContain(`${name}.md`);
      expect(existsSync(join(dist, 'index.html'))).toBe(false);
      // Each is a build of its own, stopped at the content layer: quick alone, slower beside the other builds.
    },
    120_000,
  );
});
