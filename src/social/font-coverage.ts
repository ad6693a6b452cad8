/**
 * Which characters a TrueType or OpenType font draws itself: the code
 * points its Unicode character map (the `cmap` table) sends to a real glyph.
 * Social cards keep only those (src/social/card-font.ts), so Pango never
 * has to borrow a glyph from whatever fonts the build machine happens to have.
 */

const UNICODE_BMP = 4;
const UNICODE_FULL = 12;

/** The code points `font` (the bytes of a .ttf or .otf file) maps to a glyph other than .notdef. */
export function unicodeCoverage(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const subtable = unicodeSubtable(view, tableOffset(view, 'cmap'));
  const covered = new Set<number>();
  if (view.getUint16(subtable) === UNICODE_FULL) readFormat12(view, subtable, covered);
  else readFormat4(view, subtable, covered);
  return covered;
}

function tableOffset(view: DataView, tag: string): number {
  const tables = view.getUint16(4);
  for (let record = 12; record < 12 + 16 * tables; record += 16) {
    const name = String.fromCharCode(...[0, 1, 2, 3].map((i) => view.getUint8(record + i)));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`The font has no ${tag} table`);
}

/** The Unicode subtable: the full-range one (format 12) when there is one, else the BMP one (format 4). */
function unicodeSubtable(view: DataView, cmap: number): number {
  let found: number | undefined;
  for (let i = 0, record = cmap + 4; i < view.getUint16(cmap + 2); i++, record += 8) {
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    // Platform 0 is Unicode; platform 3 (Windows) encodings 1 and 10 are Unicode BMP and full Unicode.
    if (platform !== 0 && !(platform === 3 && (encoding === 1 || encoding === 10))) continue;
    const format = view.getUint16(subtable);
    if (format === UNICODE_FULL) return subtable;
    if (format === UNICODE_BMP) found ??= subtable;
  }
  if (found === undefined) throw new Error('The font has no Unicode character map (cmap format 4 or 12)');
  return found;
}

/** Segments of consecutive characters, each mapped by a delta or through an array of glyph ids. */
function readFormat4(view: DataView, table: number, covered: Set<number>): void {
  const segments2 = view.getUint16(table + 6);
  const ends = table + 14;
  const starts = ends + segments2 + 2;
  const deltas = starts + segments2;
  const rangeOffsets = deltas + segments2;
  for (let s = 0; s < segments2; s += 2) {
    const start = view.getUint16(starts + s);
    const end = view.getUint16(ends + s);
    const delta = view.getUint16(deltas + s);
    const rangeOffset = view.getUint16(rangeOffsets + s);
    for (let char = start; char <= end && char !== 0xffff; char++) {
      let glyph = char;
      if (rangeOffset !== 0) {
        glyph = view.getUint16(rangeOffsets + s + rangeOffset + 2 * (char - start));
        if (glyph === 0) continue;
      }
      if ((glyph + delta) % 0x10000 !== 0) covered.add(char);
    }
  }
}

/** Groups of consecutive characters mapped to consecutive glyphs. */
function readFormat12(view: DataView, table: number, covered: Set<number>): void {
  const groups = view.getUint32(table + 12);
  for (let g = 0, group = table + 16; g < groups; g++, group += 12) {
    const start = view.getUint32(group);
    const end = view.getUint32(group + 4);
    const firstGlyph = view.getUint32(group + 8);
    for (let char = start; char <= end; char++) if (firstGlyph + (char - start) !== 0) covered.add(char);
  }
}
