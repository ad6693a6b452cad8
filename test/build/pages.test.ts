import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, fillerSlug, FILLER_COUNT, OPEN_HAND_WRITTEN } from '../support/fixture.ts';
import { allPages, cardSlugs, loadPage, pageExists } from '../support/html.ts';
import { site } from '../../src/config/site.ts';

const dist = fixture.distRoot;
const fillers = Array.from({ length: FILLER_COUNT }, (_, i) => fillerSlug(i + 1));

describe('job pages', () => {
  it('builds one page per published listing, and none for drafts', () => {
    const built = readdirSync(join(dist, 'jobs')).sort();
    expect(built).toEqual([...OPEN_HAND_WRITTEN, ...fillers, 'expired-job-birchline', 'expired-explicit-alder'].sort());
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
    const facts = $('article p.mt-2').first().text().replace(/\s+/g, ' ');
    expect(facts).toContain('Remote (Canada, United States)');
    expect(facts).not.toContain('Canada or United States');
    // The job page still shows the location as written, in its own row.
    expect(loadPage(dist, '/jobs/remote-north-america-birchline/')('aside dl').text()).toContain('Canada or United States');
  });
});

describe('list pages', () => {
  it('home shows featured first, then newest, 25 to a page', () => {
    const first = cardSlugs(loadPage(dist, '/'));
    expect(first).toHaveLength(25);
    expect(first[0]).toBe('full-listing-alder');
    expect(first[1]).toBe('estimated-salary-birchline');
    expect(first).not.toContain('expired-job-birchline');
    const second = cardSlugs(loadPage(dist, '/page/2/'));
    expect(first.length + second.length).toBe(OPEN_HAND_WRITTEN.length + FILLER_COUNT);
    expect(pageExists(dist, '/page/1/')).toBe(false);
    expect(pageExists(dist, '/page/3/')).toBe(false);
  });

  it('every page of the home list leads to the search page with nothing set', () => {
    for (const path of ['/', '/page/2/']) {
      const $ = loadPage(dist, path);
      expect($('main a[href="/search/"]').text(), path).toMatch(/^Search and filter (all|these) jobs$/);
    }
  });

  it('category pages hold exactly their open jobs, paginated', () => {
    const p1 = loadPage(dist, '/categories/engineering/');
    const p2 = loadPage(dist, '/categories/engineering/2/');
    const slugs = [...cardSlugs(p1), ...cardSlugs(p2)];
    expect(slugs.sort()).toEqual(['full-listing-alder', 'remote-europe-birchline', ...fillers].sort());
    expect(p1('main').text()).toContain('30 open jobs');
    expect(p1('main').text()).toContain('page 1 of 2');
    expect(p1('a[rel="next"]').attr('href')).toBe('/categories/engineering/2/');
    expect(p2('a[rel="prev"]').attr('href')).toBe('/categories/engineering/');
    expect(cardSlugs(loadPage(dist, '/categories/writing/'))).toEqual([]);
    expect(loadPage(dist, '/categories/writing/')('main').text()).toContain('Be the first to post one');
  });

  it('skill pages merge spellings and hold the right jobs', () => {
    const p1 = loadPage(dist, '/skills/go/');
    const slugs = [...cardSlugs(p1), ...cardSlugs(loadPage(dist, '/skills/go/2/'))];
    expect(slugs.sort()).toEqual(['estimated-salary-birchline', 'full-listing-alder', 'remote-europe-birchline', ...fillers].sort());
    expect(p1('h1').text()).toBe('Go jobs');
  });

  it('only skills and countries open jobs name get a page; a closed job shows the others unlinked', () => {
    // Copywriting and SQL, and the countries GB and IE, are named by closed jobs only.
    for (const gone of ['/skills/copywriting/', '/skills/sql/', '/regions/gb/', '/regions/ie/'])
      expect(pageExists(dist, gone), gone).toBe(false);
    const skillIndex = loadPage(dist, '/skills/')('main').text();
    expect(skillIndex).not.toContain('Copywriting');
    expect(skillIndex).not.toMatch(/\b0 open jobs/);
    expect(loadPage(dist, '/regions/')('main').text()).not.toContain('United Kingdom');

    const $ = loadPage(dist, '/jobs/expired-job-birchline/');
    const chips = $('aside .chip')
      .map((_, chip) => `${$(chip).text()} ${$(chip).attr('href') ?? '(no link)'}`)
      .get();
    expect(chips).toEqual(['Copywriting (no link)', 'Go jobs /skills/go/']);
    const openTo = $('aside dt:contains("Open to") + dd');
    expect(openTo.text()).toBe('United Kingdom, Ireland');
    expect(openTo.find('a').length).toBe(0);
  });

  it('company pages show the profile and its open jobs', () => {
    const $ = loadPage(dist, '/companies/alder-works/');
    expect($('main').text()).toContain('Alder Works makes scheduling software');
    expect(cardSlugs($).sort()).toEqual(['full-listing-alder', 'onsite-no-salary-alder']);
    // A company with no open job: its page stays for old links, says so plainly, and is kept out of search engines.
    const cedar = loadPage(dist, '/companies/cedar-co/');
    expect(cardSlugs(cedar)).toEqual([]);
    expect(cedar('main').text()).toContain('Cedar & Co has no open jobs right now.');
    expect(cedar('main').text()).not.toContain('Be the first');
    expect(cedar('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('meta[name="robots"]').length).toBe(0);
    const birchline = [...cardSlugs(loadPage(dist, '/companies/birchline/')), ...cardSlugs(loadPage(dist, '/companies/birchline/2/'))];
    expect(birchline).toHaveLength(31);
  });

  it('region pages list jobs open to applicants there, worldwide included', () => {
    // The on-site Munich job names no region: it is open to Germany, where its office is.
    const openToGermany = ['estimated-salary-birchline', 'full-listing-alder', 'onsite-no-salary-alder', 'remote-europe-birchline'];
    expect(cardSlugs(loadPage(dist, '/regions/europe/')).sort()).toEqual(openToGermany);
    expect(cardSlugs(loadPage(dist, '/regions/de/')).sort()).toEqual(openToGermany);
    const apac = [...cardSlugs(loadPage(dist, '/regions/apac/')), ...cardSlugs(loadPage(dist, '/regions/apac/2/'))];
    expect(apac.sort()).toEqual(['estimated-salary-birchline', ...fillers].sort());
    expect(cardSlugs(loadPage(dist, '/regions/latin-america/'))).toEqual(['estimated-salary-birchline']); // Headed like category pages ("Europe jobs"), never "Jobs open to Worldwide".
    expect(loadPage(dist, '/regions/worldwide/')('h1').text()).toBe('Worldwide jobs');
    expect(loadPage(dist, '/regions/de/')('title').text()).toMatch(/^Germany jobs · /);
  });

  it('workplace pages split by workplace type', () => {
    expect(cardSlugs(loadPage(dist, '/workplace/onsite/'))).toEqual(['onsite-no-salary-alder']);
    expect(cardSlugs(loadPage(dist, '/workplace/hybrid/'))).toEqual(['full-listing-alder']);
  });

  it('index pages show counts', () => {
    const counts = (path: string) => {
      const $ = loadPage(dist, path);
      return new Map(
        $('main li')
          .map((_, li) => [[$(li).find('a').first().text().trim(), $(li).find('p').first().text().trim()] as const])
          .get(),
      );
    };
    expect(counts('/categories/').get('Engineering')).toBe('30 open jobs');
    expect(counts('/categories/').get('Writing')).toBe('0 open jobs');
    expect(counts('/companies/').get('Alder Works')).toMatch(/^2 open jobs/);
    expect(counts('/skills/').get('Go')).toBe('31 open jobs');
    expect(counts('/regions/').get('Germany')).toBe('4 open jobs');
  });

  it('has a helpful 404', () => {
    const $ = loadPage(dist, '/404.html');
    expect($('h1').text()).toBe('We couldn’t find that page');
    expect($('form[action="/search/"]').length).toBeGreaterThan(0);
    // Served at every unknown address, so it names no URL of its own and asks not to be indexed.
    expect($('link[rel="canonical"]').length).toBe(0);
    expect($('meta[property="og:url"]').length).toBe(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});

describe('search page', () => {
  it('counts an on-site job without a region under its country and the regions around it', () => {
    const $ = loadPage(dist, '/search/');
    const count = (value: string) => $(`fieldset[data-filter-group="region"] [data-count-for="${value}"]`).text();
    expect(count('de')).toBe('4');
    expect(count('europe')).toBe('4');
  });

  it('has one search box: the header leaves its own out here, and keeps it everywhere else', () => {
    const search = loadPage(dist, '/search/');
    expect(search('input[type="search"]').length).toBe(1);
    expect(search('#search-query').length).toBe(1);
    for (const path of ['/', '/jobs/full-listing-alder/', '/categories/', '/post-a-job/']) {
      expect(loadPage(dist, path)('header #site-search').length, path).toBe(1);
    }
  });
});

describe('links into search', () => {
  it('category, skill, region and workplace pages open search with that filter set', () => {
    const link = (path: string) => {
      const $ = loadPage(dist, path);
      return $('a')
        .filter((_, a) => $(a).text() === 'Search and filter these jobs')
        .attr('href');
    };
    expect(link('/categories/engineering/')).toBe('/search/?category=engineering');
    expect(link('/skills/go/')).toBe('/search/?skill=go');
    expect(link('/regions/europe/')).toBe('/search/?region=europe');
    expect(link('/workplace/remote/')).toBe('/search/?workplace=remote');
  });
});

describe('typography', () => {
  it('writes apostrophes curly in the board’s own words (listing text is as editors wrote it)', () => {
    const straight: string[] = [];
    for (const path of allPages(dist)) {
      const $ = loadPage(dist, path);
      $('.prose, script, style').remove();
      const text = $('body').text();
      if (/\w'\w/.test(text)) straight.push(`${path}: ${/\S*\w'\w\S*/.exec(text)![0]}`);
    }
    expect(straight).toEqual([]);
  });
});

describe('page metadata', () => {
  it('gives every page with a visible breadcrumb trail the same trail as BreadcrumbList JSON-LD', () => {
    const trails = (path: string) => {
      const $ = loadPage(dist, path);
      return $('script[type="application/ld+json"]')
        .toArray()
        .map((script) => JSON.parse($(script).text()) as { '@type': string; itemListElement?: { name: string; item: string }[] })
        .filter((data) => data['@type'] === 'BreadcrumbList')
        .map((data) => data.itemListElement!.map((item) => `${item.name} ${item.item}`));
    };
    const root = 'https://jobs.fixture.example/';
    expect(trails('/categories/engineering/2/')).toEqual([
      [`Jobs ${root}`, `Categories ${root}categories/`, `Engineering ${root}categories/engineering/2/`],
    ]);
    expect(trails('/companies/alder-works/')).toEqual([
      [`Jobs ${root}`, `Companies ${root}companies/`, `Alder Works ${root}companies/alder-works/`],
    ]);
    expect(trails('/jobs/full-listing-alder/')).toEqual([
      [`Jobs ${root}`, `Engineering ${root}categories/engineering/`, `Director of Platform Engineering ${root}jobs/full-listing-alder/`],
    ]);
    expect(trails('/')).toEqual([]);
  });

  it('describes each company page as its Organization', () => {
    const $ = loadPage(dist, '/companies/alder-works/');
    const data = $('head script[type="application/ld+json"]')
      .toArray()
      .map((script) => JSON.parse($(script).text()) as Record<string, unknown>)
      .find((item) => item['@type'] === 'Organization');
    expect(data).toMatchObject({
      name: 'Alder Works',
      url: 'https://alder.example',
      mainEntityOfPage: 'https://jobs.fixture.example/companies/alder-works/',
      location: 'Berlin, Germany',
    });
    expect(String(data!['logo'])).toMatch(/^https:\/\/jobs\.fixture\.example\/_astro\/alder-works\..+\.svg$/);
  });

  it('gives every indexable page a unique title and description', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    const clashes: string[] = [];
    for (const path of allPages(dist)) {
      const $ = loadPage(dist, path);
      if ($('meta[name="robots"]').attr('content') === 'noindex') continue;
      const title = $('title').text();
      const description = $('meta[name="description"]').attr('content') ?? '';
      if (titles.has(title)) clashes.push(`title "${title}": ${titles.get(title)} and ${path}`);
      if (descriptions.has(description)) clashes.push(`description "${description}": ${descriptions.get(description)} and ${path}`);
      titles.set(title, path);
      descriptions.set(description, path);
    }
    expect(clashes).toEqual([]);
  });
});
