import { describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture.ts';
import { allPages, loadPage } from '../support/html.ts';

const dist = fixture.distRoot;

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
    // A square PNG search engines accept (test/build/search-logos.test.ts checks the file).
    expect(String(data!['logo'])).toMatch(/^https:\/\/jobs\.fixture\.example\/logos\/alder-works-[0-9a-f]{10}\.png$/);
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
