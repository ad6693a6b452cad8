/**
 * CONTRIBUTING.md shows editors a broken listing and what the validator says
 * about it. The example must stay true: this runs the validator on that very
 * listing and compares its output with the documented one, line for line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUILD_DATE, OUTPUT, ROOT, cleanEnv } from '../support/fixture.ts';

const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const section = guide.slice(guide.indexOf("## Reading the validator's messages"));
const listing = /```markdown\n([\s\S]*?)```/.exec(section)?.[1];
const command = /`npm run validate -- (content\/jobs\/[^`]+\.md)` reports:\n\n```text\n([\s\S]*?)```/.exec(section);

describe("CONTRIBUTING.md's validator example", () => {
  const content = join(OUTPUT, 'content-contributing');
  let output = '';

  beforeAll(() => {
    if (!listing || !command) return;
    rmSync(content, { recursive: true, force: true });
    mkdirSync(join(content, 'jobs'), { recursive: true });
    mkdirSync(join(content, 'companies'));
    // The example's company is one of the sample profiles.
    for (const file of ['quietfield.md', 'quietfield.svg']) {
      copyFileSync(join(ROOT, 'content/companies', file), join(content, 'companies', file));
    }
    const file = join(content, 'jobs', command[1]!.slice('content/jobs/'.length));
    writeFileSync(file, listing);
    const run = spawnSync('npm', ['run', 'validate', '--silent', '--', relative(ROOT, file)], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnv(), CONTENT_DIR: content, BUILD_DATE, NO_COLOR: '1' },
    });
    output = `${run.stdout}${run.stderr}`.replaceAll(`${relative(ROOT, content)}/`, 'content/');
  });

  it('is in the guide: a listing, the command and its output', () => {
    expect(listing).toContain('company: quietfield');
    expect(command?.[2]).toMatch(/✖ \d+ errors?/);
  });

  it('prints exactly what the guide says it prints', () => {
    expect(output.trim().split('\n')).toEqual(command![2]!.trim().split('\n'));
  });
});
