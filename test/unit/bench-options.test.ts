import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BenchOptionError, benchOptions, benchOptionSpec, DEFAULT_BUILD_DATE } from '../../src/bench/options.ts';

/** The options as `npm run bench -- <args>` gives them. */
const parsed = (...args: string[]) => benchOptions(parseArgs({ ...benchOptionSpec, args }).values);

describe('npm run bench options', () => {
  it('fills in the defaults, with one company per 50 listings and at least 20', () => {
    expect(parsed()).toEqual({
      jobs: 1000,
      companies: 20,
      seed: 1,
      buildDate: DEFAULT_BUILD_DATE,
      query: 'designer',
      keep: false,
      budget: false,
      outDir: resolve('bench/.output'),
      inPlace: false,
      rebuild: false,
    });
    expect(parsed('--jobs', '10000').companies).toBe(200);
    expect(parsed('--jobs', '10000', '--companies', '7', '--in-place', '--rebuild')).toMatchObject({
      companies: 7,
      inPlace: true,
      rebuild: true,
    });
  });

  it('refuses counts that are not whole numbers of at least 1, and dates that are not YYYY-MM-DD', () => {
    const refused = (...args: string[]) => {
      try {
        parsed(...args);
      } catch (error) {
        expect(error).toBeInstanceOf(BenchOptionError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused('--jobs', '0')).toBe('--jobs must be a whole number of at least 1, got "0"');
    expect(refused('--jobs', '2.5')).toBe('--jobs must be a whole number of at least 1, got "2.5"');
    expect(refused('--companies', 'many')).toBe('--companies must be a whole number of at least 1, got "many"');
    expect(refused('--seed=-3')).toBe('--seed must be a whole number of at least 1, got "-3"');
    expect(refused('--build-date', '25.11.2026')).toBe('--build-date must be YYYY-MM-DD, got "25.11.2026"');
    expect(refused('--build-date', '2026-13-40')).toBe('--build-date must be YYYY-MM-DD, got "2026-13-40"');
  });
});
