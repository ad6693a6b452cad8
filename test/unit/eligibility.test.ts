import { describe, expect, it } from 'vitest';
import {
  eligibleCountries,
  openToLabel,
  openToResidentOf,
  residentCountries,
  placesForResidents,
  regionsIncluding,
  shareResidents,
} from '../../src/lib/eligibility.ts';
import { regions } from '../../src/config/regions.ts';

const remote = (region: string[], exclude?: string[]) => ({ workplace: 'remote' as const, region, exclude });

describe('eligible countries', () => {
  it('are the region’s countries less the exclusions', () => {
    const europe = regions.find((r) => r.id === 'europe')!.countries;
    const open = eligibleCountries(remote(['europe'], ['FR']));
    expect(open.size).toBe(europe.length - 1);
    expect(open.has('FR')).toBe(false);
    expect(open.has('DE')).toBe(true);
  });

  it('join a list of regions and countries', () => {
    const open = eligibleCountries(remote(['north-america', 'GB'], ['CA']));
    expect([...open].sort()).toEqual(['GB', 'US']);
  });

  it('cover every country for a worldwide job, less its exclusions', () => {
    const open = eligibleCountries(remote(['worldwide'], ['RU', 'BY']));
    expect(open.has('JP')).toBe(true);
    expect(open.has('RU')).toBe(false);
    expect(open.size).toBe(regions[0].countries.length - 2);
  });

  it('are the office’s country for an on-site job without a region', () => {
    expect([...eligibleCountries({ workplace: 'onsite', location: 'Lyon, France' })]).toEqual(['FR']);
  });
});

describe('"I live in"', () => {
  it('shows a remote job to residents of its region, not of an excluded country', () => {
    const job = remote(['europe'], ['FR']);
    expect(openToResidentOf(job, 'DE')).toBe(true);
    expect(openToResidentOf(job, 'FR')).toBe(false);
    expect(openToResidentOf(job, 'US')).toBe(false);
  });

  it('always shows a worldwide job, unless the country is excluded', () => {
    expect(openToResidentOf(remote(['worldwide']), 'NZ')).toBe(true);
    expect(openToResidentOf(remote(['worldwide'], ['NZ']), 'NZ')).toBe(false);
  });

  it('shows an office or hybrid job only where its office is', () => {
    const hybrid = { workplace: 'hybrid' as const, region: ['DE', 'AT'], location: 'Berlin, Germany' };
    expect(placesForResidents(hybrid)).toEqual(['DE']);
    expect(openToResidentOf(hybrid, 'DE')).toBe(true);
    expect(openToResidentOf(hybrid, 'AT')).toBe(false);
    expect([...residentCountries(hybrid)]).toEqual(['DE']);
    expect([...residentCountries({ workplace: 'hybrid', region: ['eu'], exclude: ['DE'], location: 'Berlin, Germany' })]).toEqual([]);
    expect(residentCountries(remote(['europe'], ['FR'])).has('FR')).toBe(false);
    // An office that names no country we know falls back to the region.
    expect(placesForResidents({ workplace: 'onsite', region: ['AT'], location: 'Head office' })).toEqual(['AT']);
  });

  it('matches a country through every region that includes it', () => {
    expect(regionsIncluding('FR')).toEqual(['worldwide', 'europe', 'eu', 'emea']);
    expect(regionsIncluding('BR')).toEqual(['worldwide', 'americas', 'latin-america']);
  });
});

describe('labels and overlaps', () => {
  it('say "Europe, except France" with names, not codes', () => {
    expect(openToLabel(remote(['europe'], ['FR']))).toBe('Europe, except France');
    expect(openToLabel(remote(['europe'], ['FR', 'ES', 'IT']))).toBe('Europe, except France, Spain, and Italy');
    expect(openToLabel(remote(['DE', 'AT']))).toBe('Germany, Austria');
  });

  it('find jobs open to residents of a same country', () => {
    const americas = eligibleCountries(remote(['north-america']));
    expect(shareResidents(americas, eligibleCountries(remote(['europe'])))).toBe(false);
    expect(shareResidents(americas, eligibleCountries(remote(['worldwide'])))).toBe(true);
    expect(shareResidents(eligibleCountries(remote(['US'])), eligibleCountries(remote(['worldwide'], ['US'])))).toBe(false);
  });
});
