/**
 * Renders a job's social image to JPEG with sharp, cached by content: the
 * same card is never rendered twice, across pages and across builds that
 * keep node_modules/.cache (CI can cache that folder).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Company } from './board.ts';

const cacheDir = resolve('node_modules/.cache/openings-social');
const CACHE_VERSION = '3';

const mimeTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
};

/**
 * The company's logo as a data URI, read from the file its profile names.
 * Astro's image metadata has no file path, so the profile's `logo:` line is
 * read again; the validator has already checked that it is a safe image.
 */
export function logoDataUri(company: Company): string | undefined {
  // Many jobs share a company: read and encode its logo once per build.
  if (!logoCache.has(company.id)) logoCache.set(company.id, readLogo(company));
  return logoCache.get(company.id);
}

const logoCache = new Map<string, string | undefined>();

function readLogo(company: Company): string | undefined {
  const profile = company.entry.filePath;
  if (!profile) return undefined;
  const raw = readFileSync(resolve(profile), 'utf8');
  const logo = /^logo:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(raw)?.[1];
  if (!logo) return undefined;
  const file = resolve(dirname(resolve(profile)), logo);
  const type = mimeTypes[extname(file).toLowerCase()];
  if (!type || !existsSync(file)) return undefined;
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

export async function renderSocialImage(svg: string): Promise<Uint8Array> {
  const key = createHash('sha1').update(CACHE_VERSION).update(svg).digest('hex');
  const cached = join(cacheDir, `${key}.jpg`);
  if (existsSync(cached)) return readFileSync(cached);
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, jpeg);
  return jpeg;
}
