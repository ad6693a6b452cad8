/**
 * Renders docs/screenshot.png for README: the built home page on a desktop
 * (light) and a job page on a phone (dark), side by side.
 *   npm run build && npm run screenshot:readme -- [job-slug]
 */
import { mkdirSync } from 'node:fs';
import { serveDist } from '../test/support/serve.ts';
import { launchBrowser } from '../test/support/browser.ts';

const server = await serveDist('dist');
const browser = await launchBrowser();
try {
  const shoot = async (path: string, width: number, height: number, colorScheme: 'light' | 'dark') => {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    const png = await page.screenshot();
    await page.close();
    return `data:image/png;base64,${png.toString('base64')}`;
  };
  const job = process.argv[2] ?? 'machine-learning-engineer-forecasting-voltmere';
  const desktop = await shoot('', 1280, 860, 'light');
  const phone = await shoot(`jobs/${job}/`, 390, 844, 'dark');
  const canvas = await browser.newPage({ viewport: { width: 1760, height: 940 } });
  await canvas.setContent(`<body style="margin:0;background:#e9e6f5;display:flex;gap:40px;align-items:center;justify-content:center;height:100vh">
    <img src="${desktop}" style="width:1280px;border-radius:10px;box-shadow:0 10px 40px #0003">
    <img src="${phone}" style="width:390px;border-radius:28px;box-shadow:0 10px 40px #0004">
  </body>`);
  mkdirSync('docs', { recursive: true });
  await canvas.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
