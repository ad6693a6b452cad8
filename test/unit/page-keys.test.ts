import { describe, expect, it } from 'vitest';
import { jobPageKey, keyedPages, listPageKey, type KeyedListing } from '../../src/board/page-keys.ts';
import type { JobLinks } from '../../src/lib/job-links.ts';

const company = (name: string, logo = '/_astro/logo.abc.svg') => ({ data: { name, logo: { src: logo, width: 48, height: 48 } } });
const acme = company('Acme');

// Fresh objects each time, as every build loads its own: the key must not depend on object identity.
function listing(
  title: string,
  options: { open?: boolean; html?: string; company?: KeyedListing['company']; skills?: string[] } = {},
): KeyedListing {
  return {
    open: options.open ?? true,
    skills: (options.skills ?? ['Figma', 'UX research']).map((label) => ({ id: label.toLowerCase().replace(/\W+/g, '-'), label })),
    entry: { data: { title, posted: '2026-11-20' }, rendered: { html: options.html ?? `<p>${title}</p>` } },
    company: options.company ?? { data: structuredClone(acme.data) },
  };
}

describe('jobPageKey', () => {
  // What the page links to from the board: its skills and places that have a page.
  const links = (): JobLinks => ({
    skills: [{ label: 'Figma', path: '/skills/figma/' }, { label: 'UX research' }],
    openTo: [{ label: 'Germany' }],
  });
  const key = (job: KeyedListing, similar: KeyedListing[], shown: unknown = links()) => jobPageKey(job, similar, shown);
  const base = () => key(listing('Designer'), [listing('Writer'), listing('Editor')]);

  it('is the same for the same page inputs, built from fresh objects', () => {
    expect(base()).toBe(base());
    expect(base()).toMatch(/^[\w-]{27}$/);
  });

  it('changes with the listing, its description or whether it is open', () => {
    expect(key(listing('Senior Designer'), [listing('Writer'), listing('Editor')])).not.toBe(base());
    expect(key(listing('Designer', { html: '<p>New text</p>' }), [listing('Writer'), listing('Editor')])).not.toBe(base());
    expect(key(listing('Designer', { open: false }), [listing('Writer'), listing('Editor')])).not.toBe(base());
  });

  it('changes when the board spells a skill differently, though the listing is the same', () => {
    // The label shown is the spelling most listings use: another listing can change it.
    expect(key(listing('Designer', { skills: ['figma', 'UX research'] }), [listing('Writer'), listing('Editor')])).not.toBe(base());
    expect(key(listing('Designer'), [listing('Writer', { skills: ['Figma', 'UX Research'] }), listing('Editor')])).not.toBe(base());
  });

  it("changes with the company's profile and logo", () => {
    expect(key(listing('Designer', { company: company('Acme Ltd') }), [listing('Writer'), listing('Editor')])).not.toBe(base());
    expect(key(listing('Designer', { company: company('Acme', '/_astro/logo.new.svg') }), [listing('Writer'), listing('Editor')])).not.toBe(
      base(),
    );
  });

  it('changes with the similar jobs: which, in what order, and what they show', () => {
    expect(key(listing('Designer'), [listing('Editor'), listing('Writer')])).not.toBe(base());
    expect(key(listing('Designer'), [listing('Writer')])).not.toBe(base());
    expect(key(listing('Designer'), [listing('Writer', { company: company('Other') }), listing('Editor')])).not.toBe(base());
    expect(key(listing('Designer'), [listing('Senior Writer'), listing('Editor')])).not.toBe(base());
  });

  it('changes when a skill or place it names gains or loses its page, though no listing changed', () => {
    const unlinked = links();
    unlinked.skills[0] = { label: 'Figma' };
    expect(key(listing('Designer'), [listing('Writer'), listing('Editor')], unlinked)).not.toBe(base());
    const linked = links();
    linked.openTo[0] = { label: 'Germany', path: '/regions/de/' };
    expect(key(listing('Designer'), [listing('Writer'), listing('Editor')], linked)).not.toBe(base());
  });

  it('does not confuse the job with a similar job', () => {
    expect(key(listing('Writer'), [listing('Designer'), listing('Editor')])).not.toBe(base());
  });
});

describe('listPageKey', () => {
  const page = (titles: string[], meta: Record<string, unknown> = {}) => ({
    data: titles.map((title) => listing(title)),
    currentPage: 2,
    lastPage: 3,
    total: 60,
    url: { current: '/skills/figma/2/', prev: '/skills/figma/', next: '/skills/figma/3/' },
    ...meta,
  });
  const context = { skill: { id: 'figma', label: 'Figma' }, total: 80 };
  const base = () => listPageKey(page(['Designer', 'Writer']), context);

  it('is the same for the same page, built from fresh objects', () => {
    expect(base()).toBe(base());
  });

  it('changes with the cards: which, in what order, and what they show', () => {
    expect(listPageKey(page(['Writer', 'Designer']), context)).not.toBe(base());
    expect(listPageKey(page(['Designer', 'Writer', 'Editor']), context)).not.toBe(base());
    expect(listPageKey(page(['Designer', 'Senior Writer']), context)).not.toBe(base());
  });

  it("changes with the page's place in the list and with what else it shows", () => {
    expect(listPageKey(page(['Designer', 'Writer'], { lastPage: 4 }), context)).not.toBe(base());
    expect(listPageKey(page(['Designer', 'Writer'], { total: 61 }), context)).not.toBe(base());
    expect(listPageKey(page(['Designer', 'Writer'], { url: { current: '/skills/figma/2/' } }), context)).not.toBe(base());
    expect(listPageKey(page(['Designer', 'Writer']), { ...context, total: 81 })).not.toBe(base());
    expect(listPageKey(page(['Designer', 'Writer']), { ...context, skill: { id: 'figma', label: 'FIGMA' } })).not.toBe(base());
  });

  it("sees a region's countries, which JSON alone would drop", () => {
    const region = (countries: string[]) => listPageKey(page(['Designer']), { place: { slug: 'europe', countries: new Set(countries) } });
    expect(region(['DE', 'FR'])).toBe(region(['FR', 'DE']));
    expect(region(['DE', 'FR'])).not.toBe(region(['DE', 'FR', 'NL']));
  });

  it('gives every path paginate() returns its key, from its page and the props beside it', () => {
    const paths = [1, 2].map((n) => ({ params: { page: String(n) }, props: { page: page(['Designer'], { currentPage: n }), ...context } }));
    const keyed = keyedPages(paths);
    expect(keyed.map((p) => p.cacheKey)).toEqual(paths.map((p) => listPageKey(p.props.page, context)));
    expect(new Set(keyed.map((p) => p.cacheKey)).size).toBe(2);
    expect(keyed[0]!.params).toEqual({ page: '1' });
    const recounted = keyedPages(paths.map((p) => ({ ...p, props: { ...p.props, total: 81 } })));
    expect(recounted[0]!.cacheKey).not.toBe(keyed[0]!.cacheKey);
  });
});
