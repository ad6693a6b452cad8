/** Paints a company's search logo (search-logo.ts): a square PNG, the logo centred on a transparent ground. */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { searchLogoSide, type LogoFacts } from './search-logo.ts';

export async function paintSearchLogo(file: string, logo: LogoFacts): Promise<Buffer> {
  const side = searchLogoSide(logo);
  // libvips draws an SVG at the size asked for, so a small SVG comes out sharp rather than stretched.
  return sharp(readFileSync(file))
    .resize(side, side, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
