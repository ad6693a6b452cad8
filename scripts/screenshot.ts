/**
 * Screenshots of built pages for README and design review:
 *   npm run screenshot -- [dist] [out-dir] [path...]
 * Each path is shot at phone (375 px) and desktop (1280 px) widths, light and dark,
 * one screen high and palette-compressed, so a set of them can be committed to the repository.
 */
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { serveDist } from '../test/support/serve.ts';
import { launchBrowser } from '../test/support/browser.ts';

const [dist = 'dist', out = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  for (const path of paths.length ? paths : ['']) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, width] of [
        ['phone', 375],
        ['desktop', 1280],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
        const file = `${out}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${name}-${scheme}.png`;
        await sharp(await page.screenshot())
          .png({ palette: true, quality: 90, effort: 10 })
          .toFile(file);
        await page.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
