/**
 * Reading content/ from Node scripts: the content folder (CONTENT_DIR or
 * ./content), paths shown the way editors see them, and the files of one
 * collection, sorted for stable output.
 *
 * Only regular files count. A pull request can carry a symbolic link (to a
 * file anywhere on the build machine) or a folder named like a listing;
 * those are reported by `strayEntries`, never read.
 */
import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentFile } from './validate/validate.ts';

export const contentDir = resolve(process.env['CONTENT_DIR'] || 'content');

type Collection = 'jobs' | 'companies';

/** Relative to where the command ran, with forward slashes; absolute when outside it. */
export function displayPath(absolute: string): string {
  const path = relative(process.cwd(), absolute);
  return path.startsWith('..') ? absolute : path.split(sep).join('/') || '.';
}

const isMarkdown = (name: string) => name.toLowerCase().endsWith('.md');
export const isLogoImage = (name: string) => /\.(svg|png|jpe?g|webp|avif|gif)$/i.test(name);

function entries(collection: Collection): Dirent[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const pathOf = (collection: Collection, entry: Dirent) => displayPath(join(contentDir, collection, entry.name));

/** The markdown files of one collection, as editors see their paths, sorted. */
export function markdownPaths(collection: Collection): string[] {
  return entries(collection)
    .filter((entry) => entry.isFile() && isMarkdown(entry.name))
    .map((entry) => pathOf(collection, entry));
}

export function markdownFiles(collection: Collection): ContentFile[] {
  return markdownPaths(collection).map((path) => ({ path, bytes: readFileSync(path) }));
}

/** The logo images in content/companies (regular files only). */
export function logoImagePaths(): string[] {
  return entries('companies')
    .filter((entry) => entry.isFile() && isLogoImage(entry.name))
    .map((entry) => pathOf('companies', entry));
}

/**
 * Entries of a collection the site would never show or must not read, with
 * why: links, folders, and files that are neither listings nor (among
 * companies) logos. Dotfiles such as .gitkeep are left alone.
 */
export function strayEntries(collection: Collection): { path: string; message: string }[] {
  const expected = collection === 'jobs' ? 'content/jobs/<slug>.md' : 'content/companies/<id>.md with its logo image';
  return entries(collection).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = pathOf(collection, entry);
    if (entry.isSymbolicLink()) return [{ path, message: 'is a symbolic link; commit the file itself, not a link to it' }];
    if (entry.isDirectory())
      return [{ path, message: `is a folder, and the site reads no folders here; move its files up to ${expected}` }];
    if (!entry.isFile()) return [{ path, message: 'is not a regular file; remove it' }];
    if (isMarkdown(entry.name) || (collection === 'companies' && isLogoImage(entry.name))) return [];
    return [{ path, message: `is not a .md file, so the site never shows it; name it ${expected}, or remove it` }];
  });
}
