import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { unicodeCoverage } from '../../src/social/font-coverage.ts';
import { CARD_FONT_FILES } from '../../src/social/card-font.ts';

const codePoints = (text: string) => [...text].map((char) => char.codePointAt(0)!);

/** A font file with nothing but a character map: an offset table, one table record and the cmap. */
function fontWithCmap(subtables: { platform: number; encoding: number; bytes: number[] }[]): Uint8Array {
  const cmapHeader = 4 + 8 * subtables.length;
  const cmap: number[] = [...u16(0), ...u16(subtables.length)];
  let offset = cmapHeader;
  for (const { platform, encoding, bytes } of subtables) {
    cmap.push(...u16(platform), ...u16(encoding), ...u32(offset));
    offset += bytes.length;
  }
  for (const { bytes } of subtables) cmap.push(...bytes);
  const tableStart = 12 + 16;
  const header = [...u32(0x00010000), ...u16(1), ...u16(16), ...u16(0), ...u16(0)];
  const record = [...'cmap'].map((c) => c.charCodeAt(0)).concat(u32(0), u32(tableStart), u32(cmap.length));
  return new Uint8Array([...header, ...record, ...cmap]);
}

function u16(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}
function u32(n: number): number[] {
  return [...u16(Math.floor(n / 0x10000)), ...u16(n & 0xffff)];
}

/** Format 4: segments given as [start, end, delta] or [start, end, glyph ids]; the closing 0xFFFF segment is added. */
function format4(segments: [number, number, number | number[]][]): number[] {
  const all: [number, number, number | number[]][] = [...segments, [0xffff, 0xffff, 1]];
  const count = all.length;
  const glyphArray: number[] = [];
  const rangeOffsets = all.map(([, , map], i) => {
    if (typeof map === 'number') return 0;
    const offset = (count - i) * 2 + glyphArray.length * 2;
    glyphArray.push(...map);
    return offset;
  });
  const body = [
    ...all.flatMap(([, end]) => u16(end)),
    ...u16(0),
    ...all.flatMap(([start]) => u16(start)),
    ...all.flatMap(([, , map]) => u16(typeof map === 'number' ? (map + 0x10000) % 0x10000 : 0)),
    ...rangeOffsets.flatMap(u16),
    ...glyphArray.flatMap(u16),
  ];
  return [...u16(4), ...u16(14 + body.length), ...u16(0), ...u16(count * 2), ...u16(0), ...u16(0), ...u16(0), ...body];
}

function format12(groups: [number, number, number][]): number[] {
  const body = groups.flatMap(([start, end, glyph]) => [...u32(start), ...u32(end), ...u32(glyph)]);
  return [...u16(12), ...u16(0), ...u32(16 + body.length), ...u32(0), ...u32(groups.length), ...body];
}

describe('the characters a font draws', () => {
  it('reads the shipped card font: Latin, Greek, Cyrillic and Devanagari, but no CJK, Arabic, Hebrew or emoji', () => {
    const covered = unicodeCoverage(readFileSync(CARD_FONT_FILES.regular));
    for (const codePoint of codePoints('Aéøß€₹…·–ЖщΩέक')) expect(covered.has(codePoint)).toBe(true);
    for (const codePoint of codePoints('日한ععא🚀')) expect(covered.has(codePoint)).toBe(false);
  });

  it('reads segments mapped by a delta or through glyph ids, and leaves out what maps to no glyph', () => {
    const font = fontWithCmap([
      {
        platform: 3,
        encoding: 1,
        bytes: format4([
          [0x41, 0x43, 1 - 0x41],
          [0x44, 0x44, -0x44],
          [0x3b1, 0x3b3, [5, 0, 7]],
        ]),
      },
    ]);
    expect([...unicodeCoverage(font)].sort((a, b) => a - b)).toEqual(codePoints('ABCαγ'));
  });

  it('prefers the full-Unicode map to the BMP one, and ignores maps of other platforms', () => {
    const font = fontWithCmap([
      { platform: 1, encoding: 0, bytes: format4([[0x5a, 0x5a, 1]]) },
      { platform: 3, encoding: 1, bytes: format4([[0x41, 0x41, 1]]) },
      {
        platform: 3,
        encoding: 10,
        bytes: format12([
          [0x41, 0x42, 0],
          [0x1f600, 0x1f601, 9],
        ]),
      },
    ]);
    expect([...unicodeCoverage(font)].sort((a, b) => a - b)).toEqual([0x42, 0x1f600, 0x1f601]);
    expect(() => unicodeCoverage(fontWithCmap([{ platform: 1, encoding: 0, bytes: format4([[0x41, 0x41, 1]]) }]))).toThrow(
      /no Unicode character map/,
    );
  });
});
