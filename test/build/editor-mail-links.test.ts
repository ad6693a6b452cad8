/**
 * "Post a job" and every job page also offer an e-mail to the editors
 * (site.editorsEmail), for employers and visitors without a GitHub account.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.ts';
import { fixture } from '../support/fixture.ts';
import { loadPage } from '../support/html.ts';

function mailto(href: string | undefined): { to: string; subject: string; body: string } {
  expect(href).toMatch(/^mailto:/);
  expect(href).not.toMatch(/[ +\n]/);
  const url = new URL(href!);
  return { to: url.pathname, subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

describe('e-mail links to the editors', () => {
  it('let a visitor report a listing by e-mail, naming the job, its page and its file', () => {
    const $ = loadPage(fixture.distSub, '/jobs/full-listing-alder/');
    // Named by its address, which a visitor without a mail app can copy.
    const link = $('a[href^="mailto:"]').filter((_, a) => $(a).text() === site.editorsEmail);
    expect(link.length).toBe(1);
    expect(link.parent().text()).toMatch(/Something wrong with this listing\?.*e-mail them at/);
    const mail = mailto(link.attr('href'));
    expect(mail.to).toBe(site.editorsEmail);
    expect(mail.subject).toBe('Listing report: Director of Platform Engineering (full-listing-alder)');
    expect(mail.body).toContain(`Listing: ${fixture.siteUrl}/board/jobs/full-listing-alder/\r\n`);
    expect(mail.body).toContain('File: content/jobs/full-listing-alder.md');
    // The GitHub report stays, beside it.
    expect($('a:contains("Report it to the editors")').attr('href')).toMatch(/^https:\/\/github\.com\//);
  });

  it('offer "Post a job" by e-mail, with a subject naming the board and the fields a listing needs', () => {
    const $ = loadPage(fixture.distSub, '/post-a-job/');
    const link = $('main a[href^="mailto:"]');
    expect(link.length).toBe(1);
    expect(link.text()).toBe(site.editorsEmail);
    expect(link.parent().text()).toContain('No GitHub account? E-mail the job to the editors at');
    const mail = mailto(link.attr('href'));
    expect(mail.to).toBe(site.editorsEmail);
    expect(mail.subject).toBe(`Job listing for ${site.name}`);
    expect(mail.body).toContain('Job title:');
    expect(mail.body).toContain('How to apply');
  });
});
