/**
 * Posting as someone else (src/listing-files/validate/impersonation.ts): a
 * second profile whose name looks like another's is refused, and a listing
 * whose apply link leaves its company's domain is flagged for review.
 */
import { describe, expect, it } from 'vitest';
import { foreignApplyHost, nameSkeletons } from '../../src/listing-files/validate/impersonation.ts';
import type { ContentFile } from '../../src/listing-files/validate/validate.ts';
import { enc, goodFrontmatter, job, lines, run, svg } from '../support/validator.ts';

const profile = (id: string, name: string, website = `https://${id}.example`): ContentFile => ({
  path: `content/companies/${id}.md`,
  bytes: enc(`---\nname: ${JSON.stringify(name)}\nwebsite: ${website}\nlogo: ./acme.svg\n---\nAbout ${id}.\n`),
});
const nameErrors = (names: string[]) =>
  run([], {
    companies: [profile('rivermint', 'Rivermint'), ...names.map((name, i) => profile(`copy-${i}`, name))],
    files: { 'content/companies/acme.svg': svg },
  })
    .filter((p) => p.field === 'name' && p.severity === 'error')
    .map((p) => p.file);

describe('lookalike company names', () => {
  it('refuses a second profile whose name looks the same, whatever letters spell it', () => {
    for (const name of [
      'Rivermint',
      'rivermint',
      'RIVERMINT',
      'Rivermınt',
      'Rіvermint',
      'Riverrnint',
      'River-Mint',
      'Ꭱivermint',
      'Ｒｉｖｅｒｍｉｎｔ',
    ]) {
      expect(nameErrors([name]), name).toEqual(['content/companies/copy-0.md', 'content/companies/rivermint.md']);
    }
    for (const name of ['Rivermint Labs', 'Rivermist', 'Rivenmint']) expect(nameErrors([name]), name).toEqual([]);
  });

  it('names the other profile and the profile to post under, on the name line', () => {
    const problems = run([], { companies: [profile('rivermint', 'Rivermint'), profile('rivermint-jobs', 'Rivermınt')] });
    expect(lines(problems.filter((p) => p.field === 'name'))).toEqual([
      'content/companies/rivermint-jobs.md:2 error name: "Rivermınt" looks the same as the name of content/companies/rivermint.md ("Rivermint"), so visitors could not tell the companies apart; if it is the same company, post under its profile (company: rivermint), otherwise write the company\'s full name',
      'content/companies/rivermint.md:2 error name: "Rivermint" looks the same as the name of content/companies/rivermint-jobs.md ("Rivermınt"), so visitors could not tell the companies apart; if it is the same company, post under its profile (company: rivermint-jobs), otherwise write the company\'s full name',
    ]);
  });

  it('compares skeletons from the Unicode confusables data, ignoring case, spaces and punctuation', () => {
    expect(nameSkeletons('Rivermınt')).toEqual(nameSkeletons('Rivermint'));
    expect(nameSkeletons('Globex Corp.')).toContain(nameSkeletons('globex corp')[0]);
    expect(nameSkeletons('Ꭱivermint')).toContain('rlverrnlnt');
  });
});

describe('apply hosts', () => {
  it('passes the company domain, its subdomains and known applicant tracking systems', () => {
    for (const apply of [
      'https://acme.example/jobs/1',
      'https://careers.acme.example/1',
      'https://WWW.ACME.EXAMPLE./jobs/1',
      'https://jobs.lever.co/acme/1',
      'https://boards.greenhouse.io/acme/jobs/1',
      'https://acme.recruitee.com/o/1',
      'mailto:jobs@acme.example',
      'mailto:jobs@hr.acme.example?subject=Backend',
    ]) {
      expect(foreignApplyHost(apply, 'https://www.acme.example'), apply).toBeUndefined();
    }
  });

  it('warns on any other host, lookalikes of the company domain included', () => {
    for (const [apply, host] of [
      ['https://acme-careers.example/jobs/1', 'acme-careers.example'],
      ['https://acme.example.evil.example/jobs/1', 'acme.example.evil.example'],
      ['https://evil.example/?next=acme.example', 'evil.example'],
      ['https://notacme.example/jobs/1', 'notacme.example'],
      ['https://lever.co.evil.example/acme', 'lever.co.evil.example'],
      ['mailto:acme.example@gmail.example', 'gmail.example'],
    ] as const) {
      expect(foreignApplyHost(apply, 'https://acme.example'), apply).toMatch(
        new RegExp(`^goes to ${host.replace(/\./g, '\\.')}, which is neither`),
      );
    }
  });

  it('warns on the apply line of a stranger posting under a real profile', () => {
    const stranger = goodFrontmatter.replace('apply: https://acme.example/jobs/1', 'apply: https://acme-hiring.example/apply');
    expect(lines(run([job('stranger-acme', stranger)]))).toEqual([
      "content/jobs/stranger-acme.md:11 warning apply: goes to acme-hiring.example, which is neither the company's website (acme.example) nor a known applicant tracking system; check the listing really comes from the company. Known systems are listed in src/config/apply-hosts.ts",
    ]);
  });
});
