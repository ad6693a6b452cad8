import { describe, expect, it } from 'vitest';
import { jobPageKey, type KeyedListing } from '../../src/lib/job-page-key.ts';

const company = (name: string, logo = '/_astro/logo.abc.svg') => ({ data: { name, logo: { src: logo, width: 48, height: 48 } } });
const acme = company('Acme');

// Fresh objects each time, as every build loads its own: the key must not depend on object identity.
function listing(title: string, options: { open?: boolean; html?: string; company?: KeyedListing['company'] } = {}): KeyedListing {
  return {
    open: options.open ?? true,
    entry: { data: { title, posted: '2026-11-20' }, rendered: { html: options.html ?? `<p>${title}</p>` } },
    company: options.company ?? { data: structuredClone(acme.data) },
  };
}

describe('jobPageKey', () => {
  const base = () => jobPageKey(listing('Designer'), [listing('Writer'), listing('Editor')]);

  it('is the same for the same page inputs, built from fresh objects', () => {
    expect(base()).toBe(base());
    expect(base()).toMatch(/^[\w-]{27}$/);
  });

  it('changes with the listing, its description or whether it is open', () => {
    expect(jobPageKey(listing('Senior Designer'), [listing('Writer'), listing('Editor')])).not.toBe(base());
    expect(jobPageKey(listing('Designer', { html: '<p>New text</p>' }), [listing('Writer'), listing('Editor')])).not.toBe(base());
    expect(jobPageKey(listing('Designer', { open: false }), [listing('Writer'), listing('Editor')])).not.toBe(base());
  });

  it("changes with the company's profile and logo", () => {
    expect(jobPageKey(listing('Designer', { company: company('Acme Ltd') }), [listing('Writer'), listing('Editor')])).not.toBe(base());
    expect(
      jobPageKey(listing('Designer', { company: company('Acme', '/_astro/logo.new.svg') }), [listing('Writer'), listing('Editor')]),
    ).not.toBe(base());
  });

  it('changes with the similar jobs: which, in what order, and what they show', () => {
    expect(jobPageKey(listing('Designer'), [listing('Editor'), listing('Writer')])).not.toBe(base());
    expect(jobPageKey(listing('Designer'), [listing('Writer')])).not.toBe(base());
    expect(jobPageKey(listing('Designer'), [listing('Writer', { company: company('Other') }), listing('Editor')])).not.toBe(base());
    expect(jobPageKey(listing('Designer'), [listing('Senior Writer'), listing('Editor')])).not.toBe(base());
  });

  it('does not confuse the job with a similar job', () => {
    expect(jobPageKey(listing('Writer'), [listing('Designer'), listing('Editor')])).not.toBe(base());
  });
});
