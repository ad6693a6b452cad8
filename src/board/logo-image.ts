/**
 * A company's logo at a given size, optimised once per build. Every card
 * shows a logo, so without this cache Astro would hash the same image
 * options thousands of times (the cards of 10 000 jobs appear on list pages
 * and in similar-jobs lists again and again).
 */
import { getImage } from 'astro:assets';
import type { Company } from './board.ts';

type LogoImage = Awaited<ReturnType<typeof getImage>>;

/** Every size the site shows logos at: cards and lists 48 px, job and company pages 64 px. */
export const logoSizes = [48, 64] as const;
export type LogoSize = (typeof logoSizes)[number];

const logos = new Map<string, Promise<LogoImage>>();

export function logoImage(company: Company, size: LogoSize): Promise<LogoImage> {
  const key = `${company.id}@${size}`;
  let image = logos.get(key);
  if (!image) {
    image = getImage({ src: company.data.logo, width: size, height: size });
    logos.set(key, image);
  }
  return image;
}

/**
 * Asks for every company's logo at every size, from a page that is built
 * every time (src/pages/companies/index.astro). Astro writes only the image
 * files that pages rendered in this build asked for, plus those a page
 * copied by an incremental build asked for when it was last rendered. As
 * each logo is asked for once per build (above), only the first page that
 * showed it recorded it; if that page is gone (its job deleted) and every
 * other page showing the logo is copied, nothing would ask for the file.
 */
export async function requestEveryLogo(companies: readonly Company[]): Promise<void> {
  await Promise.all(companies.flatMap((company) => logoSizes.map((size) => logoImage(company, size))));
}
