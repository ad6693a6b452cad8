/**
 * Renders the favicon set and the default social image from public/favicon.svg
 * with sharp (already installed with Astro). Run after changing the logo:
 *   npm run icons
 * The PNGs are committed, so builds do not depend on this script.
 */
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';
import { site } from '../src/config/site.ts';

const svg = readFileSync('public/favicon.svg');
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
await sharp({ create: { width: 512, height: 512, channels: 4, background: '#5b3fd1' } })
  .composite([{ input: await sharp(svg, { density: 384 }).resize(360, 360).png().toBuffer(), gravity: 'center' }])
  .png()
  .toFile('public/icon-maskable-512.png');
console.log('public/icon-maskable-512.png');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#f7f6fc"/>
  <rect x="0" y="0" width="1200" height="12" fill="#5b3fd1"/>
  <g transform="translate(96 200) scale(4)"><rect width="32" height="32" rx="8" fill="#5b3fd1"/><path d="M9 16a7 7 0 1 0 14 0a7 7 0 1 0-14 0" fill="none" stroke="#fff" stroke-width="3"/></g>
  <text x="270" y="285" font-family="DejaVu Sans, Arial, sans-serif" font-size="84" font-weight="700" fill="#1f1b2e">${escape(site.name)}</text>
  <text x="270" y="360" font-family="DejaVu Sans, Arial, sans-serif" font-size="26" fill="#55516a">${escape(site.tagline)}</text>
</svg>`;
writeFileSync('public/og-default.png', await sharp(Buffer.from(card)).png().toBuffer());
console.log('public/og-default.png');
