/** IMPORT_*_URL: the override replaces a request's scheme, host and port, keeps its path and query, and refuses anything more. */
import { describe, expect, it } from 'vitest';
import { overrideProblem, withOverride } from '../../src/import/fetch.ts';
import { services } from '../../src/import/services.ts';

describe('withOverride', () => {
  it('keeps the path and query of every service, and the Recruitee path without the board in the host', () => {
    const local = 'http://127.0.0.1:8080';
    expect(withOverride(services.greenhouse.endpoint('acme'), local)).toBe(
      'http://127.0.0.1:8080/v1/boards/acme/jobs?content=true&pay_transparency=true',
    );
    expect(withOverride(services.lever.endpoint('acme'), local)).toBe('http://127.0.0.1:8080/v0/postings/acme?mode=json');
    expect(withOverride(services.ashby.endpoint('acme'), local)).toBe(
      'http://127.0.0.1:8080/posting-api/job-board/acme?includeCompensation=true',
    );
    expect(services.recruitee.endpoint('Acme')).toBe('https://acme.recruitee.com/api/offers/');
    expect(withOverride(services.recruitee.endpoint('acme'), 'https://proxy.example')).toBe('https://proxy.example/api/offers/');
  });

  it('leaves the address alone without an override', () => {
    expect(withOverride(services.lever.endpoint('acme'), undefined)).toBe('https://api.lever.co/v0/postings/acme?mode=json');
  });
});

describe('overrideProblem', () => {
  it.each([
    ['http://127.0.0.1:8080', undefined],
    ['https://proxy.example/', undefined],
    ['127.0.0.1:8080', /must be an http: or https: address|is not an address/],
    ['not a url', /is not an address/],
    ['ftp://files.example', /must be an http: or https: address/],
    ['http://127.0.0.1:8080/some/path', /may only give a scheme, host and port/],
    ['http://user@127.0.0.1:8080', /may only give a scheme, host and port/],
    ['http://127.0.0.1:8080/?q=1', /may only give a scheme, host and port/],
  ])('%s', (value, expected) => {
    if (expected === undefined) expect(overrideProblem(value)).toBeUndefined();
    else expect(overrideProblem(value)).toMatch(expected);
  });
});
