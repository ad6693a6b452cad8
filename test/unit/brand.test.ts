import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { join, resolve } from 'node:path';
import { oklchToHex } from '../../src/lib/color.ts';
import { accentHue, brandColors, brandTokens } from '../../src/config/brand.ts';
import { faviconSvg } from '../../src/lib/favicon.ts';

const root = resolve(import.meta.dirname, '../..');
const css = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
const darkBlock = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const lightBlock = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));

/** A token's lightness and chroma as global.css writes it: "--ink: oklch(0.22 0.02 var(--accent-hue));". */
function cssToken(block: string, name: string): { l: number; c: number } {
  const match = new RegExp(`--${name}:\\s*oklch\\(([\\d.]+)\\s+([\\d.]+)\\s+var\\(--accent-hue\\)\\)`).exec(block);
  expect(match, `--${name} in global.css`).not.toBeNull();
  return { l: Number(match![1]), c: Number(match![2]) };
}

describe('OKLCH to hex', () => {
  it('gives the reference colours', () => {
    expect(oklchToHex({ l: 1, c: 0, h: 0 })).toBe('#ffffff');
    expect(oklchToHex({ l: 0, c: 0, h: 0 })).toBe('#000000');
    expect(oklchToHex({ l: 0.627955, c: 0.257683, h: 29.2339 })).toBe('#ff0000');
    expect(oklchToHex({ l: 0.86644, c: 0.294827, h: 142.4953 })).toBe('#00ff00');
    expect(oklchToHex({ l: 0.452014, c: 0.313214, h: 264.052 })).toBe('#0000ff');
  });

  it('clips a colour outside sRGB instead of wrapping around', () => {
    expect(oklchToHex({ l: 0.9, c: 0.4, h: 30 })).toMatch(/^#[0-9a-f]{6}$/);
  });
});

// What CSS cannot reach (manifest, theme-color, icons, social images) must wear the pages' colours.
describe('brand colours', () => {
  it('use the hue and tokens of global.css', () => {
    expect(css).toMatch(new RegExp(`--accent-hue:\\s*${accentHue};`));
    for (const name of ['surface', 'ink', 'muted', 'accent'] as const) {
      expect(cssToken(lightBlock, name), `light --${name}`).toEqual(brandTokens.light[name]);
    }
    expect(cssToken(darkBlock, 'surface'), 'dark --surface').toEqual(brandTokens.dark.surface);
  });

  it('are what public/favicon.svg is drawn in (run `npm run icons` after changing them)', () => {
    expect(readFileSync(join(root, 'public/favicon.svg'), 'utf8')).toBe(faviconSvg(brandColors.accent));
  });

  // The PNGs are drawn from the same colours; a pixel of each shows whether they were redrawn.
  it.each([
    ['public/og-default.png', 600, 5, brandColors.accent],
    ['public/og-default.png', 600, 600, brandColors.surface],
    ['public/icon-192.png', 96, 20, brandColors.accent],
    ['public/icon-maskable-512.png', 10, 10, brandColors.accent],
  ])('are what %s is drawn in at (%i, %i) (run `npm run icons`)', async (file, x, y, color) => {
    const { data, info } = await sharp(join(root, file)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (y * info.width + x) * info.channels;
    const expected = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    const found = [data[at]!, data[at + 1]!, data[at + 2]!];
    found.forEach((channel, i) => expect(Math.abs(channel - expected[i]!), `${file}: ${found} vs ${color}`).toBeLessThanOrEqual(2));
  });
});
