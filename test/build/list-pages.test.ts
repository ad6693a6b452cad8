import { describe, expect, it } from 'vitest';
import { fixture, FILLER_SLUGS, OPEN_JOB_COUNT } from '../support/fixture.ts';
import { cardSlugs, loadPage, pageExists } from '../support/html.ts';

const dist = fixture.distRoot;

describe('list pages', () => {
  it('home shows featured first, then newest, 25 to a page', () => {
    const first = cardSlugs(loadPage(dist, '/'));
    expect(first).toHaveLength(25);
    expect(first[0]).toBe('full-listing-alder');
    expect(first[1]).toBe('estimated-salary-birchline');
    expect(first).not.toContain('expired-job-birchline');
    const second = cardSlugs(loadPage(dist, '/page/2/'));
    expect(first.length + second.length).toBe(OPEN_JOB_COUNT);
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
    expect(slugs.sort()).toEqual(['full-listing-alder', 'remote-europe-birchline', ...FILLER_SLUGS].sort());
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
    expect(slugs.sort()).toEqual(['estimated-salary-birchline', 'full-listing-alder', 'remote-europe-birchline', ...FILLER_SLUGS].sort());
    expect(p1('h1').text()).toBe('Go jobs');
  });

  it('only skills and countries open jobs name get a page; a closed job shows the others unlinked', () => {
    // Copywriting, and the countries GB and IE, are named by closed jobs only.
    for (const gone of ['/skills/copywriting/', '/regions/gb/', '/regions/ie/']) expect(pageExists(dist, gone), gone).toBe(false);
    // SQL is named by a closed job and an open one: its page lists the open one only.
    expect(cardSlugs(loadPage(dist, '/skills/sql/'))).toEqual(['remote-europe-except-france-dunlin']);
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

  it('company pages lead with the company, and their cards do not repeat it', () => {
    const $ = loadPage(dist, '/companies/alder-works/');
    // The company is the page's one h1, beside its logo; its jobs are a section under it.
    expect(
      $('main h1')
        .map((_, h) => $(h).text().trim())
        .get(),
    ).toEqual(['Alder Works']);
    expect($('main h2').first().text().trim()).toBe('Open jobs');
    expect($('main article h2').length).toBe(0);
    expect($('main article h3').length).toBe(2);
    const logos = $('main img[src*="_astro"]');
    expect(logos.length).toBe(1);
    expect(logos.attr('width')).toBe('64');
    expect($('main article').text()).not.toContain('Alder Works');
    // The same jobs on a category page still say whose they are: each card its own company, with its logo.
    const onsite = loadPage(dist, '/workplace/onsite/');
    const cards = onsite('main article')
      .map((_, card) => ({
        href: onsite(card).find('h2 a, h3 a').attr('href'),
        logos: onsite(card).find('img[src*="_astro"]').length,
        alder: onsite(card).text().includes('Alder Works'),
        dunlin: onsite(card).text().includes('Dunlin Freight'),
      }))
      .get();
    expect(cards).toEqual([
      { href: '/jobs/onsite-no-salary-alder/', logos: 1, alder: true, dunlin: false },
      { href: '/jobs/onsite-lyon-dunlin/', logos: 1, alder: false, dunlin: true },
    ]);
  });

  it('region pages list jobs open to applicants there, worldwide included', () => {
    // The on-site Munich job names no region: it is open to Germany, where its office is.
    const openToGermany = [
      'estimated-salary-birchline',
      'full-listing-alder',
      'onsite-no-salary-alder',
      'remote-europe-birchline',
      'remote-europe-except-france-dunlin',
    ];
    // The on-site Lyon job is open to France, so is on the Europe page. France's page has it and the remote jobs
    // open to Europe or the world, but not the one open to Europe except France, nor the hybrid Berlin job open
    // to EU applicants: as in search's "I live in France", an office job counts where its office is.
    expect(cardSlugs(loadPage(dist, '/regions/europe/')).sort()).toEqual([...openToGermany, 'onsite-lyon-dunlin'].sort());
    expect(cardSlugs(loadPage(dist, '/regions/de/')).sort()).toEqual(openToGermany);
    expect(cardSlugs(loadPage(dist, '/regions/fr/')).sort()).toEqual([
      'estimated-salary-birchline',
      'onsite-lyon-dunlin',
      'remote-europe-birchline',
    ]);
    // A job open to New Zealand and the United States is open to part of Asia-Pacific.
    const apac = [...cardSlugs(loadPage(dist, '/regions/apac/')), ...cardSlugs(loadPage(dist, '/regions/apac/2/'))];
    expect(apac.sort()).toEqual(['estimated-salary-birchline', 'pacific-hours-dunlin', ...FILLER_SLUGS].sort());
    expect(cardSlugs(loadPage(dist, '/regions/latin-america/'))).toEqual(['estimated-salary-birchline']); // Headed like category pages ("Europe jobs"), never "Jobs open to Worldwide".
    expect(loadPage(dist, '/regions/worldwide/')('h1').text()).toBe('Worldwide jobs');
    expect(loadPage(dist, '/regions/de/')('title').text()).toMatch(/^Germany jobs · /);
  });

  it('workplace pages split by workplace type', () => {
    expect(cardSlugs(loadPage(dist, '/workplace/onsite/'))).toEqual(['onsite-no-salary-alder', 'onsite-lyon-dunlin']);
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
    expect(counts('/companies/').get('Dunlin Freight')).toMatch(/^3 open jobs/);
    expect(counts('/skills/').get('Go')).toBe('31 open jobs');
    expect(counts('/regions/').get('Germany')).toBe('5 open jobs');
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
    // Munich counts under Germany and Europe, Lyon under France and Europe; neither the job closed to France nor
    // the hybrid one in Berlin is under France.
    expect(count('de')).toBe('5');
    expect(count('fr')).toBe('3');
    expect(count('europe')).toBe('6');
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

describe('capped lists (the sub-path board stops them after fixture.subListPageLimit pages)', () => {
  const sub = fixture.distSub;
  const note = ($: ReturnType<typeof loadPage>) => $('main p:contains("These pages show the newest")');

  it('the home page shows its newest page, says how many it leaves out and links to search', () => {
    const $ = loadPage(sub, '/');
    expect(cardSlugs($)).toEqual(cardSlugs(loadPage(dist, '/')));
    expect(note($).text()).toBe(`These pages show the newest 25 of ${OPEN_JOB_COUNT} open jobs. Search to see all of them.`);
    expect(note($).find('a').attr('href')).toBe('/board/search/');
    expect(pageExists(sub, '/page/2/')).toBe(false);
    expect($('a[rel="next"]').length).toBe(0);
  });

  it('skill lists stop too, and search opens on the same skill', () => {
    const $ = loadPage(sub, '/skills/go/');
    expect(cardSlugs($)).toHaveLength(25);
    expect(note($).find('a').attr('href')).toBe('/board/search/?skill=go');
    expect(pageExists(sub, '/skills/go/2/')).toBe(false);
  });

  it('categories and companies still list every open job, so each is a link away without search', () => {
    const engineering = [
      ...cardSlugs(loadPage(sub, '/categories/engineering/')),
      ...cardSlugs(loadPage(sub, '/categories/engineering/2/')),
    ];
    expect(engineering).toHaveLength(30);
    const birchline = [...cardSlugs(loadPage(sub, '/companies/birchline/')), ...cardSlugs(loadPage(sub, '/companies/birchline/2/'))];
    expect(birchline).toHaveLength(31);
    expect(note(loadPage(sub, '/categories/engineering/2/')).length).toBe(0);
  });
});
