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
import { descriptionSkeleton } from '../../src/listing-files/scaffold/job-file.ts';
import { validateContent } from '../../src/listing-files/validate/validate.ts';

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

describe("CONTRIBUTING.md's template", () => {
  const template = /### The template\n\n```markdown\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

  it('has the description npm run new writes', () => {
    expect(template.slice(template.indexOf('\n---\n') + '\n---\n'.length)).toBe(descriptionSkeleton);
  });

  it('is flagged until its guidance is replaced, though every field in it is valid', () => {
    const companies = join(ROOT, 'content/companies');
    const problems = validateContent({
      jobs: [{ path: 'content/jobs/ux-researcher-quietfield.md', bytes: new TextEncoder().encode(template) }],
      companies: [{ path: 'content/companies/quietfield.md', bytes: readFileSync(join(companies, 'quietfield.md')) }],
      readFile: (path) =>
        path.startsWith('content/companies/') ? readFileSync(join(companies, path.slice('content/companies/'.length))) : undefined,
      today: BUILD_DATE,
      defaultExpiryDays: 60,
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toContain(
      'description: still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place',
    );
  });
});
