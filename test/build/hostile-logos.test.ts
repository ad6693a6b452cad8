/**
 * A logo too heavy or too large to serve stops the build even when the
 * validator was skipped, with the validator's message naming the file.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT } from '../support/fixture.ts';
import { buildWithoutValidator, HOSTILE } from '../support/hostile.ts';

describe('build of a profile whose logo is past the limits', () => {
  it.each([
    ['logo-heavy', 'logo-heavy.svg is 211 KB; logos may be at most 200 KB'],
    ['logo-vast-viewbox', 'logo-vast-viewbox.svg is 100000 × 100000 pixels; logos may be at most 2048 pixels on a side'],
  ])('%s', (profile, message) => {
    const content = join(OUTPUT, `content-${profile}`);
    const dist = join(OUTPUT, `dist-${profile}`);
    rmSync(content, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(content, 'jobs'), { recursive: true });
    for (const file of [`${profile}.md`, `${profile}.svg`, 'hostile-co.md', 'hostile-co.svg']) {
      cpSync(join(HOSTILE, 'companies', file), join(content, 'companies', file));
    }
    cpSync(join(HOSTILE, 'jobs/long-word.md'), join(content, 'jobs/long-word.md'));
    const { status, output } = buildWithoutValidator(content, dist);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(output).toContain(`${profile}.md`);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });
});
