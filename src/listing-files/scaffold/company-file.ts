/**
 * The text of a new `content/companies/<id>.md`: name, website, the
 * placeholder logo next to it, an optional location and an "about"
 * placeholder for the editor to replace.
 */
import { frontmatterBlock } from './frontmatter.ts';

export interface NewCompany {
  id: string;
  name: string;
  website: string;
  location?: string;
}

export const aboutPlaceholder =
  'Replace this with two or three sentences about the company: what it makes, who it serves, and how and where the team works.\n';

export function logoFileName(id: string): string {
  return `${id}.svg`;
}

export function companyFileText(company: NewCompany): string {
  const data = {
    name: company.name,
    website: company.website,
    logo: `./${logoFileName(company.id)}`,
    ...(company.location ? { location: company.location } : {}),
  };
  return `${frontmatterBlock(data)}${aboutPlaceholder}`;
}
