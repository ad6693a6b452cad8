import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_DATE, cleanEnv, ROOT, writeSampleContent } from '../support/fixture.ts';

/**
 * Social cards are drawn in the font the project ships (src/social/card-font.ts),
 * so a build machine without fonts paints the same cards as this one. Each
 * painter runs in a process of its own: fontconfig reads FONTCONFIG_FILE once.
 */

// Finds no font at all: no <dir>, nothing included. It keeps one rendering
// setting of this machine's fontconfig, the hint style (slight, as Debian and
// most systems set it), so that only the fonts differ between the two paints.
const NO_FONTS = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <match target="pattern"><edit name="hintstyle" mode="assign"><const>hintslight</const></edit></match>
</fontconfig>
`;

type Fonts = 'none' | 'system';

describe('social card fonts', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'openings-card-fonts-'));
    writeFileSync(join(work, 'fonts.conf'), NO_FONTS);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const env = (fonts: Fonts) => {
    const base = cleanEnv();
    delete base['FONTCONFIG_FILE'];
    return fonts === 'none' ? { ...base, FONTCONFIG_FILE: join(work, 'fonts.conf') } : base;
  };

  /** Runs the build's card warmer on a content folder; it paints into node_modules/.cache under its working folder. */
  function warmedCards(name: string, content: string, fonts: Fonts): Map<string, Buffer> {
    const cwd = join(work, `${name}-${fonts}`);
    mkdirSync(cwd, { recursive: true });
    const run = spawnSync(process.execPath, [join(ROOT, 'src/social/warm-cache.ts')], {
      cwd,
      encoding: 'utf8',
      env: { ...env(fonts), CONTENT_DIR: content, BUILD_DATE },
    });
    expect(run.stderr).toBe('');
    const cache = join(cwd, 'node_modules/.cache/openings-social');
    return new Map(readdirSync(cache).map((file) => [file, readFileSync(join(cache, file))]));
  }

  /** Paints the given cards (title, company, facts) directly through the painter's modules. */
  function paintedCards(name: string, cards: { title: string; company: string; facts: string }[], fonts: Fonts): Buffer[] {
    const outDir = join(work, `${name}-${fonts}`);
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'test/support/paint-cards.ts'), outDir, JSON.stringify(cards.map((card) => ({ ...card, boardName: 'Openings' })))],
      { cwd: ROOT, encoding: 'utf8', env: env(fonts) },
    );
    expect(run.stderr).toBe('');
    return cards.map((_, i) => readFileSync(join(outDir, `${i}.png`)));
  }

  it.each([
    ['the sample content', () => writeSampleContent(join(work, 'content-sample'))],
    ['the hostile fixtures', () => join(ROOT, 'test/fixtures/hostile')],
  ])(
    'paints every card of %s byte for byte the same with no font installed',
    (name, content) => {
      const folder = content();
      const none = warmedCards(name, folder, 'none');
      const system = warmedCards(name, folder, 'system');
      expect(none.size).toBeGreaterThan(5);
      expect([...none.keys()].sort()).toEqual([...system.keys()].sort());
      expect([...none].filter(([file, image]) => !image.equals(system.get(file)!)).map(([file]) => file)).toEqual([]);
    },
    120_000,
  );

  // Boxes for missing glyphs are all as wide as each other; the font's own letters are not (ι is 0.6 of Ω).
  it.each([
    ['Latin', 'i', 'W'],
    ['Cyrillic', 'і', 'Ж'],
    ['Greek', 'ι', 'Ω'],
  ])(
    'draws %s in the shipped font’s own letters, with no font installed',
    async (script, narrow, wide) => {
      const cards = [narrow, wide].map((letter) => ({ title: letter.repeat(12), company: `${script} Labs`, facts: 'Remote' }));
      const [narrowCard, wideCard] = paintedCards(`letters-${script}`, cards, 'none');
      const [narrowWidth, wideWidth] = [await titleInkWidth(narrowCard!), await titleInkWidth(wideCard!)];
      expect(narrowWidth).toBeGreaterThan(50);
      expect(wideWidth).toBeGreaterThan(1.5 * narrowWidth);
    },
    60_000,
  );

  it('leaves out the scripts the font lacks, so no machine draws them its own way', () => {
    const cards = [
      { title: 'Старший инженер · Μηχανικός · Ingénieure', company: 'Fjellspor Øst', facts: 'Remote (Europe) · Łódź' },
      { title: 'Backend Engineer 東京 مهندس מהנדס', company: 'Kirschblüte 株式会社', facts: 'Hybrid · Tokyo' },
      { title: 'Backend Engineer', company: 'Kirschblüte', facts: 'Hybrid · Tokyo' },
    ];
    const none = paintedCards('scripts', cards, 'none');
    const system = paintedCards('scripts', cards, 'system');
    none.forEach((image, i) => expect(image.equals(system[i]!), `card ${i}`).toBe(true));
    // The CJK, Arabic and Hebrew words are gone, here too, where a system font (DejaVu) could draw Arabic and Hebrew.
    expect(system[1]!.equals(system[2]!)).toBe(true);
  }, 60_000);
});

/** How wide the first line of a card's title is drawn: from its first to its last column of dark pixels. */
async function titleInkWidth(image: Buffer): Promise<number> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const columns: number[] = [];
  for (let x = 0; x < info.width; x++) {
    for (let y = 190; y < 260; y++) {
      if (data[y * info.width + x]! < 128) {
        columns.push(x);
        break;
      }
    }
  }
  return columns.length === 0 ? 0 : columns.at(-1)! - columns[0]! + 1;
}
