/**
 * .ci/changed-content picks what the pull-request check validates. It runs
 * here on a real git repository: a base commit, then a branch with changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../support/fixture.ts';

const identity = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.example', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.example' };

describe('.ci/changed-content', () => {
  let repo = '';
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...identity } });
    if (run.status !== 0) throw new Error(run.stderr);
  };
  const write = (path: string, text = 'x\n') => {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  /** A base commit with one listing, one profile and its logo, then `change` on a branch; the script's lines. */
  function picked(change: () => void): string[] {
    repo = mkdtempSync(join(tmpdir(), 'openings-changed-'));
    git('init', '-q', '-b', 'main');
    write('content/jobs/old-job.md');
    write('content/companies/acme.md');
    write('content/companies/acme.svg', '<svg/>\n');
    write('README.md');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'pr');
    change();
    git('add', '-A');
    git('commit', '-qm', 'change', '--allow-empty');
    const run = spawnSync('bash', [join(ROOT, '.ci/changed-content'), 'main'], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.stdout.split('\n').filter(Boolean);
  }
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('names the listings and profiles a pull request adds or edits', () => {
    expect(
      picked(() => {
        write('content/jobs/new-job.md');
        write('content/companies/acme.md', 'edited\n');
        write('README.md', 'not content\n');
      }),
    ).toEqual(['content/companies/acme.md', 'content/jobs/new-job.md']);
  });

  it('asks for the whole board when a logo changes too, since unchanged profiles use it', () => {
    expect(
      picked(() => {
        write('content/jobs/new-job.md');
        write('content/companies/acme.svg', '<svg><script>alert(1)</script></svg>\n');
      }),
    ).toEqual([]);
  });

  it('asks for the whole board when a profile is deleted too, since listings name it', () => {
    expect(
      picked(() => {
        write('content/jobs/new-job.md');
        rmSync(join(repo, 'content/companies/acme.md'));
      }),
    ).toEqual([]);
  });

  it('asks for the whole board when a profile is renamed, since listings name the old one', () => {
    expect(picked(() => git('mv', 'content/companies/acme.md', 'content/companies/acme-labs.md'))).toEqual([]);
  });

  it('asks for the whole board when a file that is no listing lands in content/', () => {
    expect(
      picked(() => {
        write('content/jobs/new-job.md');
        write('content/jobs/notes.txt');
      }),
    ).toEqual([]);
  });

  it('asks for the whole board when no content changed', () => {
    expect(picked(() => write('README.md', 'docs only\n'))).toEqual([]);
  });
});
