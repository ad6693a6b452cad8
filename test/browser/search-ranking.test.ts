/**
 * "Best match" on the sample board, in Chromium: what Pagefind ranks first
 * for a short query, and that every metadata field it searches has a weight
 * (src/config/search.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { needsBrowser, launchBrowser } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { fixture } from '../support/fixture.ts';
import { searchSettled } from '../support/search-page.ts';
import { searchMetaWeights } from '../../src/config/search.ts';

describe('search ranking on the sample board', needsBrowser(), () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(fixture.distSample);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  /** The job links a list page or the search results show, in order. */
  const jobLinks = (page: Page, selector: string) =>
    page.$$eval(selector, (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

  /** The jobs a skill's page lists. */
  async function jobsTagged(skill: string): Promise<string[]> {
    const page = await open(`skills/${skill}/`);
    const links = await jobLinks(page, 'main h2 a.stretched-link');
    await page.close();
    expect(links.length).toBeGreaterThan(0);
    return links;
  }

  it('puts the jobs tagged Go first for "go", above jobs that only say "good" or "going"', async () => {
    const tagged = await jobsTagged('go');
    expect(tagged.length).toBeGreaterThanOrEqual(3);

    const search = await open('search/?q=go');
    await searchSettled(search);
    const results = await jobLinks(search, '#search-results h3 a');
    // The first card's skill chips, read back from the record's metadata, link to the Go page.
    const chip = await search.textContent('#search-results > li:first-child a.chip[href$="/skills/go/"]');
    await search.close();
    expect(chip).toMatch(/^Go\b/);
    // Pagefind matches "go" as a prefix too, so other jobs follow; the tagged ones lead.
    expect(results.length).toBeGreaterThan(tagged.length);
    expect(results.slice(0, tagged.length).sort()).toEqual([...tagged].sort());
  });

  it('searches for C# as a word, not as the letter "c" that starts nearly every word', async () => {
    const tagged = await jobsTagged('c-sharp');
    const search = await open('search/?q=C%23');
    await searchSettled(search);
    const results = await jobLinks(search, '#search-results h3 a');
    await search.close();
    // The sample board mentions C# only in the jobs tagged with it.
    expect(results.sort()).toEqual([...tagged].sort());
  });

  it("finds a company's jobs by its name, which only the records' metadata carries", async () => {
    const page = await open('companies/fathomly/');
    // Job titles are h3 under the page's "Open jobs" heading.
    const listed = await jobLinks(page, 'main :is(h2, h3) a.stretched-link');
    await page.close();
    expect(listed.length).toBeGreaterThan(0);
    const search = await open('search/?q=Fathomly');
    await searchSettled(search);
    const results = await jobLinks(search, '#search-results h3 a');
    await search.close();
    // Every open Fathomly job is found (descriptions may name the company too, so others can follow).
    expect(results.slice(0, listed.length).sort()).toEqual([...listed].sort());
  });

  it('gives every metadata field of a search record a weight', async () => {
    const page = await open('search/');
    await searchSettled(page);
    // A string, so Vite leaves the browser's import() alone.
    const fields: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '/' });
      const response = await pagefind.search('engineer');
      const keys = new Set();
      for (const result of response.results.slice(0, 10)) for (const key of Object.keys((await result.data()).meta)) keys.add(key);
      return [...keys].sort();
    })()`);
    expect(fields.length).toBeGreaterThan(5);
    expect(fields).toEqual(Object.keys(searchMetaWeights).sort());
  });
});
