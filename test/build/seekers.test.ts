/**
 * Where a job is open and in which hours, on the built sample board: the
 * job page, JSON-LD, cards, region pages and feeds all say the same.
 * developer-advocate-quillmoor: region europe, exclude [FR], UTC−1 to UTC+3.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from '../support/fixture.ts';
import { loadPage, pageExists } from '../support/html.ts';
import { childText, findAll, parseXmlStrict } from '../support/xml.ts';
import { regions } from '../../src/config/regions.ts';

const slug = 'developer-advocate-quillmoor';
const jobPath = `/jobs/${slug}/`;
const europe = regions.find((r) => r.id === 'europe')!.countries;

function jobPosting(): { applicantLocationRequirements: { name: string }[] } {
  const $ = loadPage(fixture.distSample, jobPath);
  const scripts = $('script[type="application/ld+json"]').toArray();
  const posting = scripts.map((el) => JSON.parse($(el).text()) as Record<string, unknown>).find((data) => data['@type'] === 'JobPosting');
  return posting as { applicantLocationRequirements: { name: string }[] };
}

describe('a job open to Europe except France, in UTC−1 to UTC+3', () => {
  it('lists exactly the eligible countries for Google: Europe’s, less France', () => {
    const names = jobPosting().applicantLocationRequirements.map((c) => c.name);
    expect(names).toHaveLength(europe.length - 1);
    expect(names).not.toContain('FR');
    expect(new Set(names)).toEqual(new Set(europe.filter((code) => code !== 'FR')));
  });

  it('says so on the job page, with names, and the window in UTC', () => {
    const $ = loadPage(fixture.distSample, jobPath);
    const fact = (term: string) => $(`dt:contains("${term}")`).next('dd');
    expect(fact('Open to').text().replace(/\s+/g, ' ').trim()).toBe('Europe, except France');
    expect(fact('Work hours').text().replace(/\s+/g, ' ').trim()).toBe('UTC−1 to UTC+3');
    expect($('header p').last().text()).toBe('Remote (Europe except FR)');
  });

  it('says so on its card, and stays off a French page while on Europe’s', () => {
    const $ = loadPage(fixture.distSample, '/regions/europe/');
    const card = $(`article:has(a[href="${jobPath}"])`);
    expect(card.text()).toContain('Remote (Europe except FR)');
    expect(card.text()).toContain('UTC−1…+3');
    if (pageExists(fixture.distSample, '/regions/fr/')) {
      expect(loadPage(fixture.distSample, '/regions/fr/')(`a[href="${jobPath}"]`)).toHaveLength(0);
    }
  });

  it('carries both in the feeds, readably', () => {
    const rss = parseXmlStrict(readFileSync(join(fixture.distSample, 'feed.xml'), 'utf8'));
    const item = findAll(rss, 'item').find((i) => childText(i, 'link')?.endsWith(jobPath));
    expect(item).toBeDefined();
    expect(childText(item!, 'openings:openTo')).toBe('Europe, except France');
    expect(childText(item!, 'openings:hours')).toBe('UTC−1 to UTC+3');
    const json = JSON.parse(readFileSync(join(fixture.distSample, 'feed.json'), 'utf8')) as {
      items: { url: string; summary: string; _openings: { openTo: string; hours: string } }[];
    };
    const entry = json.items.find((i) => i.url.endsWith(jobPath))!;
    expect(entry._openings).toMatchObject({ openTo: 'Europe, except France', hours: 'UTC−1 to UTC+3' });
    expect(entry.summary).toContain('Work hours UTC−1 to UTC+3');
  });
});
