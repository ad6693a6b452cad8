/**
 * Draws the favicon (public/favicon.svg), the app icons and the default
 * social image in the brand colours of src/config/brand.ts, with sharp
 * (already installed with Astro). Run after changing the logo or the hue:
 *   npm run icons
 * The files are committed, so builds do not depend on this script;
 * test/unit/brand.test.ts fails while they are out of date.
 */
import sharp from 'sharp';
import { writeFileSync } from 'node:fs';
import { site } from '../src/config/site.ts';
import { brandColors } from '../src/config/brand.ts';
import { faviconMark, faviconSvg } from '../src/lib/favicon.ts';

const svgText = faviconSvg(brandColors.accent);
writeFileSync('public/favicon.svg', svgText);
console.log('public/favicon.svg');
const svg = Buffer.from(svgText);
for (const [file, size] of [
  ['public/apple-touch-icon.png', 180],
  ['public/icon-192.png', 192],
  ['public/icon-512.png', 512],
  ['public/favicon-32.png', 32],
] as const) {
  await sharp(svg, { density: 384 }).resize(size, size).png().toFile(file);
  console.log(file);
}

// A maskable icon keeps the mark inside the safe zone (80 % circle).
await sharp({ create: { width: 512, height: 512, channels: 4, background: brandColors.accent } })
  .composite([{ input: await sharp(svg, { density: 384 }).resize(360, 360).png().toBuffer(), gravity: 'center' }])
  .png()
  .toFile('public/icon-maskable-512.png');
console.log('public/icon-maskable-512.png');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${brandColors.surface}"/>
  <rect x="0" y="0" width="1200" height="12" fill="${brandColors.accent}"/>
  <g transform="translate(96 200) scale(4)">${faviconMark(brandColors.accent)}</g>
  <text x="270" y="285" font-family="DejaVu Sans, Arial, sans-serif" font-size="84" font-weight="700" fill="${brandColors.ink}">${escape(site.name)}</text>
  <text x="270" y="360" font-family="DejaVu Sans, Arial, sans-serif" font-size="26" fill="${brandColors.muted}">${escape(site.tagline)}</text>
</svg>`;
writeFileSync('public/og-default.png', await sharp(Buffer.from(card)).png().toBuffer());
console.log('public/og-default.png');
