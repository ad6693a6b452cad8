/**
 * README promises to say why each dependency is here, and which npm scripts
 * exist. A package added without a word in README, or a script renamed under
 * it, fails here rather than going stale.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const stack = readme.slice(readme.indexOf('## Stack, and why each dependency is here'), readme.indexOf('## Tests'));

describe('README', () => {
  it('names every dependency in its Stack table', () => {
    const packages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    expect(packages.length).toBeGreaterThan(20);
    expect(stack.length).toBeGreaterThan(1000);
    expect(packages.filter((name) => !stack.includes(`\`${name}\``))).toEqual([]);
  });

  it('only mentions npm scripts that exist', () => {
    const mentioned = [...readme.matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((m) => m[1]!);
    expect(mentioned.length).toBeGreaterThan(10);
    expect([...new Set(mentioned)].filter((name) => !(name in pkg.scripts))).toEqual([]);
  });

  it('lists every npm script a person runs in its commands table', () => {
    const commands = readme.slice(readme.indexOf('### All commands'), readme.indexOf('### Build settings'));
    // postinstall runs itself; astro is the pass-through README explains under the table.
    const run = Object.keys(pkg.scripts).filter((name) => !['postinstall', 'astro', 'test'].includes(name));
    expect(run.filter((name) => !new RegExp(`npm run (-s )?${name}\\b`).test(commands))).toEqual([]);
  });
});
