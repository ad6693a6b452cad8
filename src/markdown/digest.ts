/**
 * Astro keeps rendered markdown in its content store between builds (and
 * the incremental build copies pages made from it), and clears the store
 * only when its config's JSON changes. Plugins are functions, which JSON
 * drops, so a fix to the sanitiser would not reach listings rendered before
 * it on any host that keeps its build cache. The `openings()` integration
 * calls `forgetStaleRenders` at config setup, before content sync: when the
 * code that renders descriptions has changed since the cache was written,
 * the cache is emptied.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** sanitize.ts and every local module it imports (test/unit/markdown-digest.test.ts keeps this list whole). */
export const markdownPipelineFiles = [
  'src/markdown/sanitize.ts',
  'src/markdown/page-limits.ts',
  'src/lib/hidden-characters.ts',
  'src/lib/safe-url.ts',
  'src/lib/slug.ts',
];

/** The file in the cache that records which rendering code wrote it. */
export const stampName = 'markdown-pipeline.digest';

export function markdownPipelineDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of markdownPipelineFiles) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** Empties `cacheDir` unless it was written by the same rendering code; returns whether it did. */
export function forgetStaleRenders(cacheDir: string, root: string): boolean {
  const digest = markdownPipelineDigest(root);
  const stamp = join(cacheDir, stampName);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return false;
  // No stamp: a cache from before this check, or from other code; either way it cannot be trusted.
  const stale = existsSync(cacheDir);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
  return stale;
}
