import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, FILLER_SLUGS, OPEN_HAND_WRITTEN } from '../support/fixture.ts';
import { cardSlugs, loadPage, pageExists } from '../support/html.ts';
import { site } from '../../src/config/site.ts';

const dist = fixture.distRoot;

describe('job pages', () => {
  it('builds one page per published listing, and none for drafts', () => {
    const built = readdirSync(join(dist, 'jobs')).sort();
    expect(built).toEqual([...OPEN_HAND_WRITTEN, ...FILLER_SLUGS, 'expired-job-birchline', 'expired-explicit-alder'].sort());
    expect(pageExists(dist, '/jobs/draft-job-alder/')).toBe(false);
  });

  it('shows every field of a fully specified listing', () => {
    const $ = loadPage(dist, '/jobs/full-listing-alder/');
    const main = $('main');
    const text = main.text().replace(/\s+/g, ' ');
    expect($('h1').text()).toBe('Director of Platform Engineering');
    expect(main.find('a[href="/companies/alder-works/"]').first().text()).toBe('Alder Works');
    expect(main.find('header img').attr('width')).toBe('64');
    for (const visible of [
      'Engineering',
      'Hybrid',
      'Germany, EU',
      'Berlin, Germany',
      'Contract',
      'Director',
      '€90,000 – €110,000 per year',
      'Originally posted on Fixture Jobs Weekly',
    ]) {
      expect(text, visible).toContain(visible);
    }
    expect(text).toContain('Please mention you found this job on Openings');
    expect(main.find('a[href="/categories/engineering/"]').length).toBeGreaterThan(0);
    expect(main.find('a[href="/workplace/hybrid/"]').length).toBe(1);
    expect(main.find('a[href="/regions/de/"]').text()).toBe('Germany');
    expect(main.find('a[href="/regions/eu/"]').text()).toBe('EU');
    expect(main.find('a[href="https://fixture-jobs.example/123"]').text().trim()).toBe('Fixture Jobs Weekly');
    // The posted date is shown, not only in a tooltip; a script adds how long ago on the line below.
    const posted = main.find('aside dt:contains("Posted") + dd');
    expect(posted.find('time[datetime="2026-11-20"]').text()).toBe('20 Nov 2026');
    expect(posted.find('[data-relative-date="2026-11-20"]').text()).toBe('');
    expect(main.find('time[datetime="2027-01-15"]').text()).toBe('15 Jan 2027');
    const skills = main
      .find('aside a.chip')
      .map((_, a) => $(a).text())
      .get();
    // Each link says where it goes ("Go jobs"); " jobs" is for screen readers only.
    expect(skills).toEqual(['Go jobs', 'Kubernetes jobs', 'PostgreSQL jobs', 'Observability jobs', 'Team leadership jobs']);
    expect(main.find('aside a.chip span.sr-only').first().text()).toBe(' jobs');
    expect(main.find('aside a.chip').first().attr('href')).toBe('/skills/go/');
    const apply = main.find('a[href="https://alder.example/careers/director-platform"]');
    expect(apply.length).toBe(2);
    expect(apply.first().text()).toContain('Apply now');
    expect(main.find('.prose h2').first().text()).toBe('About the role');
    expect(main.find('.prose li').length).toBe(2);
    expect(main.find('.prose a[href="https://alder.example/about"]').attr('rel')).toBe('nofollow ugc noopener');
    expect($('meta[name="robots"]').length).toBe(0);
    // A fenced code block is plain markup: inline styles (a highlighter's colours) would break the page's CSP.
    expect(main.find('.prose pre code').text()).toContain("schedule.freeSlots('clinic-7')");
    expect(main.find('.prose [style]').length).toBe(0);
  });

  it('marks estimated salaries and offers share links without third-party script', () => {
    const $ = loadPage(dist, '/jobs/estimated-salary-birchline/');
    const facts = $('aside dl').text().replace(/\s+/g, ' ');
    expect(facts).toContain('£55,000 – £65,000 per year');
    expect(facts).toContain('Estimated');
    // One box for the desktop side panel, one after the description for phones; CSS shows one of them.
    expect($('[data-share-url]').length).toBe(2);
    const share = $('[data-share-url]').first();
    expect(share.attr('data-share-url')).toBe('https://jobs.fixture.example/jobs/estimated-salary-birchline/');
    expect(share.find('a[href^="mailto:?subject="]').length).toBe(1);
    expect(share.find('a[href^="https://www.linkedin.com/sharing/"]').length).toBe(1);
    expect(share.find('a[href^="https://x.com/intent/post"]').length).toBe(1);
    expect(share.find('button[data-share-copy]').length).toBe(1);
    expect($('script[src]').filter((_, s) => /^https?:/.test($(s).attr('src')!)).length).toBe(0);
  });

  it('writes dollars other than the US dollar so no one takes them for US dollars', () => {
    const salaryOn = (job: string) => loadPage(dist, `/jobs/${job}/`)('aside dl dd span.font-semibold').first().text();
    expect(salaryOn('remote-north-america-birchline')).toBe('CA$70,000 – CA$80,000 per year');
    const $ = loadPage(dist, '/categories/marketing/');
    const card = $('article').filter((_, a) => $(a).find('a[href="/jobs/remote-north-america-birchline/"]').length > 0);
    expect(card.text()).toContain('CA$70K–CA$80K/yr');
    // The board writes English, where a bare "$" is the US dollar.
    expect(salaryOn('remote-europe-birchline')).toBe('$35 – $50 per hour');
  });

  it('handles a job without salary, region or https apply link', () => {
    const $ = loadPage(dist, '/jobs/onsite-no-salary-alder/');
    expect($('aside dl').text()).toContain('Not stated');
    expect($('aside').text()).toContain('Munich, Germany');
    // Without a region, an on-site job is open to the country of its office.
    expect($('aside dt:contains("Open to") + dd').text()).toBe('Germany');
    expect($('aside dt:contains("Open to") + dd a').attr('href')).toBe('/regions/de/');
    expect($('a[href="mailto:jobs@alder.example"]').first().text()).toContain('Apply now');
  });

  it('lets a visitor report the listing to the editors, as a prefilled issue naming it', () => {
    const $ = loadPage(dist, '/jobs/full-listing-alder/');
    const report = $('a:contains("Report it to the editors")');
    expect(report.length).toBe(1);
    const url = new URL(report.attr('href')!);
    expect(`${url.origin}${url.pathname}`).toBe(`${site.repository.url}/issues/new`);
    expect(url.searchParams.get('title')).toBe('Listing report: Director of Platform Engineering (full-listing-alder)');
    expect(url.searchParams.get('body')).toContain('https://jobs.fixture.example/jobs/full-listing-alder/');
  });

  it('keeps a closed job page, clearly closed, without Apply and out of the index', () => {
    const $ = loadPage(dist, '/jobs/expired-job-birchline/');
    expect($('main').text()).toContain('No longer accepting applications');
    expect($('a[href="https://birchline.example/jobs/copywriter-old"]').length).toBe(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    // Tabs and link previews say so too, and a closed job is not offered for sharing.
    expect($('title').text()).toMatch(/^Expired Copywriter Role at Birchline \(closed\) · /);
    expect($('meta[property="og:title"]').attr('content')).toBe('Expired Copywriter Role at Birchline (closed)');
    expect($('[data-share-url]').length).toBe(0);
    expect($('.share').length).toBe(0);
  });

  it('lists up to 5 similar open jobs, never the job itself or closed jobs', () => {
    const $ = loadPage(dist, '/jobs/full-listing-alder/');
    const similar = cardSlugs($, '#similar-heading + *');
    expect(similar).toHaveLength(5);
    expect(similar).not.toContain('full-listing-alder');
    expect(similar).not.toContain('expired-job-birchline');
    // Same category and the most shared skills (Go) come first.
    expect(similar[0]).toBe('remote-europe-birchline');
  });
});

describe('listing cards', () => {
  it('shows logo, title, company, time, facts and three skills with "+N more"', () => {
    const $ = loadPage(dist, '/');
    const card = $('article')
      .filter((_, a) => $(a).find('a[href="/jobs/full-listing-alder/"]').length > 0)
      .first();
    expect(card.find('img').attr('width')).toBe('48');
    expect(card.find('img').attr('height')).toBe('48');
    expect(card.text()).toContain('Featured');
    expect(card.text()).toContain('Alder Works');
    expect(card.find('time').attr('datetime')).toBe('2026-11-20');
    const facts = card.text().replace(/\s+/g, ' ');
    expect(facts).toContain('Engineering');
    expect(facts).toContain('Hybrid (Germany, EU)');
    expect(facts).toContain('Berlin, Germany');
    expect(facts).toContain('€90K–€110K/yr');
    expect(
      card
        .find('a.chip')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['Go jobs', 'Kubernetes jobs', 'PostgreSQL jobs']);
    expect(card.text()).toContain('+2 more');
  });

  it('does not repeat a location that only names the places the workplace summary names', () => {
    const $ = loadPage(dist, '/categories/marketing/');
    const facts = $('article .job-card-facts').first().text().replace(/\s+/g, ' ');
    expect(facts).toContain('Remote (Canada, United States)');
    expect(facts).not.toContain('Canada or United States');
    // The job page still shows the location as written, in its own row.
    expect(loadPage(dist, '/jobs/remote-north-america-birchline/')('aside dl').text()).toContain('Canada or United States');
  });
});
