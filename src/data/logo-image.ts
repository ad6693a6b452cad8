/**
 * A company's logo at a given size, optimised once per build. Every card
 * shows a logo, so without this cache Astro would hash the same image
 * options thousands of times (the cards of 10 000 jobs appear on list pages
 * and in similar-jobs lists again and again).
 */
import { getImage } from 'astro:assets';
import type { Company } from './board.ts';

type LogoImage = Awaited<ReturnType<typeof getImage>>;

const logos = new Map<string, Promise<LogoImage>>();

export function logoImage(company: Company, size: number): Promise<LogoImage> {
  const key = `${company.id}@${size}`;
  let image = logos.get(key);
  if (!image) {
    image = getImage({ src: company.data.logo, width: size, height: size });
    logos.set(key, image);
  }
  return image;
}
