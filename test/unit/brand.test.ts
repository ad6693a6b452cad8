import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
});
