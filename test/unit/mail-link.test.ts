import { describe, expect, it } from 'vitest';
import { mailtoUrl } from '../../src/lib/mail-link.ts';
import { listingReport, postJobByMail } from '../../src/lib/submit-link.ts';

/** How a mail app reads a mailto: link (RFC 6068): the address, then percent-decoded fields. */
function readMailto(href: string): { to: string; fields: Record<string, string> } {
  const [scheme, rest = ''] = href.split(/:(.*)/s);
  expect(scheme).toBe('mailto');
  const [to = '', query = ''] = rest.split('?');
  const fields = Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
  return { to: decodeURIComponent(to), fields };
}

describe('mailto links to the editors', () => {
  it('are left out when no address is set', () => {
    expect(mailtoUrl('', { subject: 'Anything' })).toBeUndefined();
    expect(mailtoUrl('   ', { subject: 'Anything' })).toBeUndefined();
  });

  it('carry any subject and body intact: spaces as %20, never +, and line breaks as CRLF', () => {
    const subject = 'Listing report: C++ & Rust #1, 50% (Zürich)? a=b';
    const body = 'Line one\nLine two: https://jobs.example/jobs/x/?q=1&r=2\n';
    const href = mailtoUrl('editors+jobs@board.example', { subject, body })!;
    expect(href).not.toMatch(/[ +\n]/);
    expect(href).toContain('%0D%0A');
    const read = readMailto(href);
    expect(read.to).toBe('editors+jobs@board.example');
    expect(read.fields).toEqual({ subject, body: body.replaceAll('\n', '\r\n') });
  });

  it('leave out an empty body', () => {
    expect(mailtoUrl('editors@board.example', { subject: 'Hi', body: '' })).toBe('mailto:editors@board.example?subject=Hi');
  });
});

describe('what the links say', () => {
  it('name the listing, its page and its file in a report, as the GitHub issue does', () => {
    const report = listingReport({ slug: 'ux-lead-acme', title: 'UX Lead & "More"', url: 'https://jobs.example/jobs/ux-lead-acme/' });
    expect(report.title).toBe('Listing report: UX Lead & "More" (ux-lead-acme)');
    expect(report.body).toContain('Listing: https://jobs.example/jobs/ux-lead-acme/\nFile: content/jobs/ux-lead-acme.md\n');
  });

  it('name the board and ask for what a listing needs when a job is sent by e-mail', () => {
    const mail = postJobByMail('Openings');
    expect(mail.subject).toBe('Job listing for Openings');
    for (const field of ['Job title', 'Company', 'Salary', 'How to apply']) expect(mail.body).toContain(field);
  });
});
