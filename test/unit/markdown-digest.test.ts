import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { forgetStaleRenders, markdownPipelineFiles } from '../../src/markdown/digest.ts';
import { ROOT } from '../support/fixture.ts';

/** Every local module `file` imports, followed through their own imports. */
function localImports(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const source = readFileSync(join(ROOT, file), 'utf8');
  for (const [, specifier] of source.matchAll(/^import\s[^;]*?from\s+'(\.[^']+)'/gm)) {
    const imported = relative(ROOT, join(ROOT, dirname(file), specifier!));
    if (!seen.has(imported)) localImports(imported, seen);
  }
  return seen;
}

describe('markdown pipeline digest', () => {
  it('covers the sanitiser and every module it imports', () => {
    expect([...localImports('src/markdown/sanitize.ts')].sort()).toEqual([...markdownPipelineFiles].sort());
  });

  it('empties the build cache once the rendering code changes, and keeps it otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'openings-digest-'));
    for (const file of markdownPipelineFiles) {
      mkdirSync(join(root, dirname(file)), { recursive: true });
      cpSync(join(ROOT, file), join(root, file));
    }
    const cache = join(root, 'cache');
    const rendered = join(cache, 'data-store', 'rendered.json');
    mkdirSync(dirname(rendered), { recursive: true });
    writeFileSync(rendered, '{}');

    // A cache without a stamp was written by unknown code.
    expect(forgetStaleRenders(cache, root)).toBe(true);
    expect(existsSync(rendered)).toBe(false);

    mkdirSync(dirname(rendered), { recursive: true });
    writeFileSync(rendered, '{}');
    expect(forgetStaleRenders(cache, root)).toBe(false);
    expect(existsSync(rendered)).toBe(true);

    appendFileSync(join(root, 'src/lib/safe-url.ts'), '\n// a fix\n');
    expect(forgetStaleRenders(cache, root)).toBe(true);
    expect(existsSync(rendered)).toBe(false);
  });
});
