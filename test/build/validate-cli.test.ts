/**
 * `npm run validate` on files that only exist on disk: logos that start like
 * an image but do not decode, symbolic links, folders and files the site
 * never reads; and mistyped options of the Node scripts. Each must be one
 * clear problem, never a stack trace.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUILD_DATE, OUTPUT, ROOT, cleanEnv, writeFixtureContent } from '../support/fixture.ts';

const content = join(OUTPUT, 'content-validate-cli');
const shown = 'test/.output/content-validate-cli';

interface Report {
  errors: number;
  problems: { file: string; line: number; field: string; message: string; severity: string }[];
}

function validate(args: readonly string[] = []) {
  const result = spawnSync('npm', ['run', 'validate', '--silent', '--', '--json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), CONTENT_DIR: content, BUILD_DATE, NO_COLOR: '1' },
  });
  return { status: result.status, stderr: result.stderr, report: JSON.parse(result.stdout) as Report };
}

const profile = (id: string, logo: string) =>
  `---\nname: ${id}\nwebsite: https://${id}.example\nlogo: ${logo}\n---\nExists only in this test.\n`;
const errorsOf = (report: Report) =>
  report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);

describe('npm run validate on files on disk', () => {
  let whole: ReturnType<typeof validate>;
  beforeAll(async () => {
    writeFixtureContent(content);
    const companies = join(content, 'companies');
    writeFileSync(join(companies, 'fake-png.md'), profile('fake-png', './fake-png.png'));
    writeFileSync(
      join(companies, 'fake-png.png'),
      Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('not really a PNG')]),
    );
    writeFileSync(join(companies, 'cut-svg.md'), profile('cut-svg', './cut-svg.svg'));
    writeFileSync(
      join(companies, 'cut-svg.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"',
    );
    // sharp draws it at a default size, but Astro cannot tell its size and would stop the build.
    writeFileSync(join(companies, 'no-size.md'), profile('no-size', './no-size.svg'));
    writeFileSync(
      join(companies, 'no-size.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect width="10" height="10"/></svg>',
    );
    // A real PNG, but smaller than search engines show beside a job.
    writeFileSync(join(companies, 'tiny-png.md'), profile('tiny-png', './tiny-png.png'));
    const tiny = sharp({ create: { width: 64, height: 64, channels: 4, background: '#2a6f4e' } });
    writeFileSync(join(companies, 'tiny-png.png'), await tiny.png().toBuffer());
    const jobs = join(content, 'jobs');
    const listing = readFileSync(join(ROOT, 'test/fixtures/board/jobs', 'estimated-salary-birchline.md'));
    symlinkSync('/nonexistent/listing.md', join(jobs, 'dangling-link.md'));
    mkdirSync(join(jobs, 'folder.md'));
    writeFileSync(join(jobs, 'wrong-extension.markdown'), listing);
    writeFileSync(join(jobs, '.gitkeep'), '');
    whole = validate();
  });

  it('names each problem file once, with a fix, and prints no stack trace', () => {
    expect(whole.stderr).toBe('');
    expect(whole.status).toBe(1);
    expect(errorsOf(whole.report)).toEqual([
      `${shown}/companies/cut-svg.md:4 logo: cut-svg.svg is not a well-formed SVG file (line 1, column 88: unclosed tag: svg); export the logo again as SVG or PNG`,
      `${shown}/companies/fake-png.md:4 logo: fake-png.png could not be read as an image (Input buffer has corrupt header); export the logo again as SVG or PNG`,
      `${shown}/companies/no-size.md:4 logo: no-size.svg has no size the board can read; give the <svg> a viewBox, like viewBox="0 0 64 64"`,
      `${shown}/jobs/dangling-link.md:1 file: is a symbolic link; commit the file itself, not a link to it`,
      `${shown}/jobs/folder.md:1 file: is a folder, and the site reads no folders here; move its files up to content/jobs/<slug>.md`,
      `${shown}/jobs/wrong-extension.markdown:1 file: is not a .md file, so the site never shows it; name it content/jobs/<slug>.md, or remove it`,
    ]);
  });

  it('warns that a raster logo under 112 px will not show in search results, and passes an SVG of any size', () => {
    const logoWarnings = whole.report.problems.filter((p) => p.severity === 'warning' && p.field === 'logo');
    expect(logoWarnings.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      `${shown}/companies/tiny-png.md:4 tiny-png.png is 64×64 px, smaller than the 112×112 px search engines need to show it beside the company's jobs; use an SVG, or a PNG at least 112 px each way`,
    ]);
  });

  it('reports a named link or folder as what it is', () => {
    const named = validate([`${shown}/jobs/dangling-link.md`, `${shown}/jobs/folder.md`]);
    expect(named.stderr).toBe('');
    expect(errorsOf(named.report)).toEqual([
      `${shown}/jobs/dangling-link.md:1 file: is a symbolic link; commit the file itself, not a link to it`,
      `${shown}/jobs/folder.md:1 file: is a folder, and the site reads no folders here; move its files up to content/jobs/<slug>.md`,
    ]);
  });
});

describe('a mistyped option', () => {
  it.each([
    ['validate', '--jsn'],
    ['server-config', '--dsit'],
    ['docs:fields', '--chek'],
  ])('npm run %s -- %s says so in one line and how to get help, with no stack trace', (script, option) => {
    const run = spawnSync('npm', ['run', script, '--silent', '--', option], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Unknown option '${option}'`);
    expect(run.stderr).toMatch(/--help|Usage:/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });
});
