/**
 * Reading content/ from Node scripts: the content folder (CONTENT_DIR or
 * ./content), paths shown the way editors see them, and the markdown files
 * of one collection, sorted for stable output.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentFile } from '../src/validate/validate.ts';

export const contentDir = resolve(process.env['CONTENT_DIR'] || 'content');

/** Relative to where the command ran, with forward slashes; absolute when outside it. */
export function displayPath(absolute: string): string {
  const path = relative(process.cwd(), absolute);
  return path.startsWith('..') ? absolute : path.split(sep).join('/') || '.';
}

/** The markdown files of one collection, as editors see their paths, sorted. */
export function markdownPaths(collection: 'jobs' | 'companies'): string[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort()
    .map((name) => displayPath(join(dir, name)));
}

export function markdownFiles(collection: 'jobs' | 'companies'): ContentFile[] {
  return markdownPaths(collection).map((path) => ({ path, bytes: readFileSync(path) }));
}
