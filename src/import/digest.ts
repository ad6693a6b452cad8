/**
 * The importer's mark on a file it wrote: `imported.digest`, a hash of the
 * whole file with the digest itself blanked. A file whose text still hashes
 * to its digest is exactly as the importer left it; any other byte changed
 * means an editor changed it, and the importer never overwrites that.
 */
import { createHash } from 'node:crypto';
import { isMap, parseDocument, type Pair, type Scalar } from 'yaml';
import { buildYamlOptions } from '../listing-files/source-file.ts';
import { digestPattern } from './schema.ts';

/** What the digest line holds while the hash is taken. */
export const blankDigest = '0'.repeat(16);

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
/** The digest is always written in double quotes: a hex string of digits alone would otherwise read as a number. */
const digestLine = (digest: string) => `\n  digest: "${digest}"\n`;

/** Puts the real digest into a file written with `blankDigest`. */
export function sealed(text: string): string {
  const at = text.lastIndexOf(digestLine(blankDigest));
  if (at < 0) throw new Error('sealed: the text has no blank digest line');
  return `${text.slice(0, at)}${digestLine(hash(text))}${text.slice(at + digestLine(blankDigest).length)}`;
}

/** A file the importer wrote, sealed again after a change of its own (closing it). */
export function resealed(text: string, digest: string): string {
  const at = text.lastIndexOf(digestLine(digest));
  if (at < 0) throw new Error('resealed: the text has no such digest line');
  return sealed(`${text.slice(0, at)}${digestLine(blankDigest)}${text.slice(at + digestLine(digest).length)}`);
}

/** Whether the file is byte for byte what the importer wrote with this digest. */
export function isUntouched(text: string, digest: string): boolean {
  if (!digestPattern.test(digest) || digest === blankDigest) return false;
  const at = text.lastIndexOf(digestLine(digest));
  if (at < 0) return false;
  const blanked = `${text.slice(0, at)}${digestLine(blankDigest)}${text.slice(at + digestLine(digest).length)}`;
  return hash(blanked) === digest;
}

/**
 * The file with `expires` set to `date` and nothing else changed: the
 * editor's quoting, comments and order stay as they are. The value is
 * replaced where it stands, or a line is added after `posted`.
 */
export function withExpires(text: string, date: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1]!;
  const offset = text.indexOf(yaml);
  const doc = parseDocument(yaml, buildYamlOptions);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const pairs = doc.contents.items as Pair<Scalar, Scalar>[];
  const expires = pairs.find((pair) => pair.key?.value === 'expires');
  if (expires?.value?.range) {
    const [start, end] = expires.value.range;
    return `${text.slice(0, offset + start)}${date}${text.slice(offset + end)}`;
  }
  const posted = pairs.find((pair) => pair.key?.value === 'posted');
  const after = posted?.value?.range ? offset + yaml.indexOf('\n', posted.value.range[1] - 1) + 1 : offset + yaml.length;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return `${text.slice(0, after)}expires: ${date}${newline}${text.slice(after)}`;
}
