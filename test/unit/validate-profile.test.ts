import { describe, expect, it } from 'vitest';
import { isPlaceholderAddress } from '../../src/listing-files/validate/placeholder-address.ts';
import { enc, svg, company, job, goodFrontmatter, run, lines } from '../support/validator.ts';

describe('validator: company profiles', () => {
  it('checks company profiles and their logos', () => {
    const companies = [company('acme'), company('nologo'), company('badlogo'), company('scripted'), company('Bad_Name', 'website2: x\n')];
    const files = {
      'content/companies/badlogo.svg': enc('hello'),
      'content/companies/scripted.svg': enc('<svg><script>alert(1)</script></svg>'),
      'content/companies/Bad_Name.svg': svg,
    };
    expect(lines(run([], { companies, files }))).toEqual([
      'content/companies/Bad_Name.md:1 error file name: "Bad_Name.md" is not a valid slug; rename it to "bad-name.md" (lowercase words joined by hyphens)',
      'content/companies/Bad_Name.md:5 error website2: unknown field website2; did you mean "website"?; allowed fields: name, website, logo, location, import',
      'content/companies/badlogo.md:4 error logo: badlogo.svg is not an SVG image: its outermost element must be <svg>; export the logo again as SVG or PNG',
      'content/companies/nologo.md:4 error logo: ./nologo.svg was not found next to the profile; add the image file or fix the path',
      'content/companies/scripted.md:4 error logo: scripted.svg contains <script> on line 1; logos must be plain drawings. Export it again without scripts, links or animation',
    ]);
  });

  it('reports a missing logo in the same run as a wrong website, and a misspelt field once', () => {
    const newco = {
      path: 'content/companies/newco.md',
      bytes: enc('---\nname: Newco\nwebsite: http://newco.example\nlogo: ./newco.png\n---\nAbout Newco.\n'),
    };
    const companies = [company('acme'), newco];
    const misspelt = job('typo-acme', goodFrontmatter.replace('experience: mid-senior', 'experiance: mid-senior'));
    expect(lines(run([misspelt], { companies }))).toEqual([
      'content/companies/newco.md:3 error website: "http://newco.example" is not secure; use https:// (browsers warn on http: pages), like https://newco.example',
      'content/companies/newco.md:4 error logo: ./newco.png was not found next to the profile; add the image file or fix the path',
      // Not also "experience: is required" on line 1.
      'content/jobs/typo-acme.md:7 error experiance: unknown field experiance; did you mean "experience"?; allowed fields: title, company, category, workplace, employment, region, exclude, timezones, location, experience, salary, skills, posted, expires, apply, source, featured, draft, imported',
    ]);
  });

  it('refuses placeholder domains for apply links and company websites, but not the .example domains of sample content', () => {
    expect(isPlaceholderAddress('https://example.com/jobs/1')).toBe(true);
    expect(isPlaceholderAddress('https://careers.EXAMPLE.org./x')).toBe(true);
    expect(isPlaceholderAddress('mailto:jobs@example.net?subject=Hi')).toBe(true);
    expect(isPlaceholderAddress('https://acme.example/jobs/1')).toBe(false);
    expect(isPlaceholderAddress('https://notexample.com/jobs')).toBe(false);
    expect(isPlaceholderAddress('mailto:jobs@acme.example')).toBe(false);
    const placeholder = {
      path: 'content/companies/acme.md',
      bytes: enc('---\nname: Acme\nwebsite: https://www.example.com\nlogo: ./acme.svg\n---\nAbout Acme.\n'),
    };
    expect(lines(run([], { companies: [placeholder] }))).toEqual([
      `content/companies/acme.md:3 error website: "https://www.example.com" is a placeholder address; use the company's own site`,
    ]);
  });
});
