/** The seekers' fields: `exclude` (countries left out of the region) and `timezones` (the working-hours window). */
import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../src/schema/job.ts';
import { validFrontmatter } from '../support/fuzz.ts';
import { goodFrontmatter, job, lines, run } from '../support/validator.ts';

const withFields = (slug: string, fields: string) => job(slug, `${goodFrontmatter}${fields}`);
const only = (slug: string, fields: string) => lines(run([withFields(slug, fields)]));

describe('exclude', () => {
  it('takes countries out of the region, one code or a list', () => {
    expect(only('europe-but-fr-acme', 'exclude: [FR, ES]\n')).toEqual([]);
    expect(only('europe-but-one-acme', 'exclude: FR\n')).toEqual([]);
  });

  it('names an unknown code and suggests the one meant', () => {
    expect(only('a-acme', 'exclude: [France, UK, XX]\n')).toEqual([
      'content/jobs/a-acme.md:12 error exclude.0: "France" is not an ISO country code; did you mean "FR"?; write two capital letters, like FR for France',
      'content/jobs/a-acme.md:12 error exclude.1: "UK" is not an ISO country code; did you mean "GB"?; write two capital letters, like FR for France',
      'content/jobs/a-acme.md:12 error exclude.2: "XX" is not an ISO country code; write two capital letters, like FR for France',
    ]);
  });

  it('refuses a country outside the region, and an exclusion that leaves nothing', () => {
    const us = (slug: string, exclude: string) =>
      job(slug, goodFrontmatter.replace('region: europe', 'region: US') + `exclude: ${exclude}\n`);
    expect(lines(run([us('outside-acme', '[FR]'), us('nothing-left-acme', '[US]')]))).toEqual([
      'content/jobs/nothing-left-acme.md:12 error exclude: leaves no country in United States where applicants may live; remove exclude, or widen region',
      'content/jobs/outside-acme.md:12 error exclude: lists FR (France), which is not in United States; leave out only countries inside the region',
    ]);
  });

  it('needs a region, even when other fields are wrong too', () => {
    const onsite = goodFrontmatter.replace('workplace: remote', 'workplace: onsite').replace('region: europe\n', 'location: Head office\n');
    expect(lines(run([job('no-region-acme', `${onsite}exclude: [FR]\ncategory_: x\n`)]))).toContain(
      'content/jobs/no-region-acme.md:12 error exclude: only makes sense with region: say where applicants may live, like region: europe, then the countries to leave out',
    );
  });
});

it('reports a wrong region once, whatever exclude says', () => {
  const wrong = job('wrong-region-acme', goodFrontmatter.replace('region: europe', 'region: mars') + 'exclude: [FR]\n');
  expect(lines(run([wrong]))).toEqual([
    expect.stringMatching(/^content\/jobs\/wrong-region-acme\.md:6 error region: "mars" is not a region or ISO country code/),
  ]);
});

describe('timezones', () => {
  it('reads UTC and GMT offsets, with hours and minutes and either minus sign', () => {
    const parsed = (window: string) => {
      const result = jobSchema.safeParse({ ...validFrontmatter, timezones: JSON.parse(window) });
      return result.success ? result.data.timezones : result.error.issues.map((i) => i.message);
    };
    expect(parsed('{"from":"UTC-1","to":"UTC+3"}')).toEqual({ from: -60, to: 180 });
    expect(parsed('{"from":"GMT−5","to":"GMT+5:30"}')).toEqual({ from: -300, to: 330 });
    expect(parsed('{"from":"UTC+10","to":"UTC-8"}')).toEqual({ from: 600, to: -480 });
  });

  it('says how to write an offset it cannot read', () => {
    expect(only('b-acme', 'timezones: { from: -1, to: CET }\n')).toEqual([
      'content/jobs/b-acme.md:12 error timezones.from: -1 needs its zone: write UTC−1, like UTC+2, UTC−5 or UTC+5:30',
      'content/jobs/b-acme.md:12 error timezones.to: "CET" is not a UTC offset between UTC−12 and UTC+14; write it like UTC+2, UTC−5 or UTC+5:30',
    ]);
    expect(only('c-acme', 'timezones: UTC+2\n')).toEqual([
      'content/jobs/c-acme.md:12 error timezones: must be a group with from and to, like { from: UTC-1, to: UTC+3 }',
    ]);
    expect(only('d-acme', 'timezones:\n  from: UTC+15\n  until: UTC+3\n')).toEqual([
      'content/jobs/d-acme.md:12 error timezones.to: is required: a UTC offset like UTC+2, UTC−5 or UTC+5:30',
      'content/jobs/d-acme.md:13 error timezones.from: "UTC+15" is not a UTC offset between UTC−12 and UTC+14; write it like UTC+2, UTC−5 or UTC+5:30',
      'content/jobs/d-acme.md:14 error timezones.until: unknown field until; allowed fields: from, to',
    ]);
  });
});
