import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import * as cheerio from 'cheerio';
import { fixture } from '../support/fixture.ts';
import { countryName } from '../../src/config/countries.ts';

interface Issue {
  severity: 'ERROR' | 'WARNING';
  issueMessage: string;
  fieldNames?: string[];
  rootType?: string;
}

const extractor = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] });
const validator = new Validator();

async function checkPage(html: string) {
  const extracted = extractor.parse(html) as { jsonld?: Record<string, Record<string, unknown>[]> };
  const issues = (await validator.validate(extracted)) as Issue[];
  const posting = extracted.jsonld?.['JobPosting']?.[0];
  return { issues, posting };
}

const jobPages = (dist: string) =>
  readdirSync(join(dist, 'jobs')).map((slug) => ({ slug, html: readFileSync(join(dist, 'jobs', slug, 'index.html'), 'utf8') }));

describe('JobPosting structured data on every sample job (Google rules via @adobe/structured-data-validator)', () => {
  it('has no errors, and only the warnings our data explains', async () => {
    const report: string[] = [];
    let postings = 0;
    for (const { slug, html } of jobPages(fixture.distSample)) {
      const $ = cheerio.load(html);
      const closed = $('main').text().includes('No longer accepting applications');
      const { issues, posting } = await checkPage(html);
      if (closed) {
        expect(posting, `${slug} is closed and must carry no JobPosting`).toBeUndefined();
        expect($('meta[name="robots"]').attr('content')).toBe('noindex');
        continue;
      }
      expect(posting, slug).toBeDefined();
      postings++;
      for (const issue of issues) {
        const field = issue.fieldNames?.join(',') ?? '';
        // Explained by the listing itself:
        // - jobLocationType exists only for fully remote work (TELECOMMUTE);
        // - applicantLocationRequirements is left out when an office job names no region (its page's
        //   "Open to" row then names the office's country, which jobLocation already gives);
        // - baseSalary is left out when no salary is given or it is our estimate.
        const facts = $('aside dl').text();
        const officeJob = posting!['jobLocation'] !== undefined;
        const officeCountry = (posting!['jobLocation'] as { address?: { addressCountry?: string } } | undefined)?.address?.addressCountry;
        const openTo = $('aside dt:contains("Open to") + dd').text();
        const explained =
          issue.severity === 'WARNING' &&
          ((field === 'jobLocationType' && officeJob) ||
            (field === 'applicantLocationRequirements' &&
              officeJob &&
              (openTo === '' || (officeCountry !== undefined && openTo === countryName(officeCountry)))) ||
            (field === 'baseSalary' && (facts.includes('Not stated') || facts.includes('Estimated'))));
        if (!explained) report.push(`${slug}: ${issue.severity} ${issue.issueMessage}`);
      }
    }
    expect(report).toEqual([]);
    expect(postings).toBeGreaterThanOrEqual(60);
  });

  it('shows every JobPosting value on the page', async () => {
    for (const { slug, html } of jobPages(fixture.distSample)) {
      const { posting } = await checkPage(html);
      if (!posting) continue;
      const $ = cheerio.load(html);
      const main = $('main');
      expect(main.find('h1').text(), slug).toBe(posting['title']);
      expect(main.find(`time[datetime="${posting['datePosted']}"]`).length, slug).toBeGreaterThan(0);
      expect(main.find(`time[datetime="${String(posting['validThrough']).slice(0, 10)}"]`).length, slug).toBeGreaterThan(0);
      const org = posting['hiringOrganization'] as { name: string };
      expect(main.text(), slug).toContain(org.name);
      const salary = posting['baseSalary'] as { value: { minValue: number } } | undefined;
      if (salary) expect(main.find('aside dl').text().replace(/[^\d]/g, ''), slug).toContain(String(salary.value.minValue));
    }
  });

  it('maps the fixture listing exactly: countries, currency, unit', async () => {
    const { posting } = await checkPage(readFileSync(join(fixture.distRoot, 'jobs/full-listing-alder/index.html'), 'utf8'));
    expect(posting).toMatchObject({
      employmentType: 'CONTRACTOR',
      datePosted: '2026-11-20',
      validThrough: '2027-01-15T23:59:59Z',
      baseSalary: { currency: 'EUR', value: { minValue: 90000, maxValue: 110000, unitText: 'YEAR' } },
      jobLocation: { address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
    });
    const countries = (posting!['applicantLocationRequirements'] as { name: string }[]).map((c) => c.name);
    expect(countries).toContain('DE');
    expect(countries).toContain('FR');
    expect(countries).not.toContain('EU');
    const estimated = await checkPage(readFileSync(join(fixture.distRoot, 'jobs/estimated-salary-birchline/index.html'), 'utf8'));
    expect(estimated.posting!['baseSalary']).toBeUndefined();
    expect(estimated.posting!['jobLocationType']).toBe('TELECOMMUTE');
  });

  it('puts no JobPosting on list pages, and WebSite markup on the home page', async () => {
    const home = extractor.parse(readFileSync(join(fixture.distRoot, 'index.html'), 'utf8')) as { jsonld?: Record<string, unknown[]> };
    expect(Object.keys(home.jsonld ?? {})).toEqual(['WebSite']);
    const category = extractor.parse(readFileSync(join(fixture.distRoot, 'categories/engineering/index.html'), 'utf8')) as {
      jsonld?: Record<string, unknown[]>;
    };
    expect(category.jsonld?.['JobPosting']).toBeUndefined();
  });
});
