import { searchLogoPath } from '../seo/search-logo.ts';
import type { Company } from './board.ts';
import { absoluteHref } from './href.ts';

/** The full URL of the company's logo for JSON-LD, or undefined when its logo is too small for search engines. */
export function searchLogoUrl(company: Company, site: URL | undefined): string | undefined {
  const path = searchLogoPath(company.id, company.data.logo);
  return path ? absoluteHref(path, site) : undefined;
}
