import { mailtoUrl } from './mail-link.ts';

/**
 * GitHub's "create a new file" page, prefilled, so an editor can propose a
 * listing from the browser without cloning anything.
 */
export function newFileUrl(repositoryUrl: string, branch: string, filename: string, value: string): string {
  const base = repositoryUrl.replace(/\/+$/, '');
  const params = new URLSearchParams({ filename, value });
  return `${base}/new/${encodeURIComponent(branch)}?${params.toString()}`;
}

export interface ReportedListing {
  slug: string;
  title: string;
  url: string;
}

/** A report on one listing (filled, broken link, misleading, a scam), naming its page and its file for the editors. */
export function listingReport(listing: ReportedListing): { title: string; body: string } {
  return {
    title: `Listing report: ${listing.title} (${listing.slug})`,
    body: `Listing: ${listing.url}\nFile: content/jobs/${listing.slug}.md\n\nWhat is wrong with it? (the job is filled, the apply link is broken, it is misleading, it looks like a scam…)\n`,
  };
}

/** A new issue on the board's repository, prefilled with the report: where its editors already work. */
export function reportListingUrl(repositoryUrl: string, listing: ReportedListing): string {
  const base = repositoryUrl.replace(/\/+$/, '');
  return `${base}/issues/new?${new URLSearchParams(listingReport(listing)).toString()}`;
}

/** The same report as an e-mail to the editors, for visitors without a GitHub account. */
export function reportListingMail(address: string, listing: ReportedListing): string | undefined {
  const { title, body } = listingReport(listing);
  return mailtoUrl(address, { subject: title, body });
}

/** An e-mail that asks the editors to list a job, with what a listing needs, for employers without a GitHub account. */
export function postJobByMail(boardName: string): { subject: string; body: string } {
  return {
    subject: `Job listing for ${boardName}`,
    body: `Hello, please list this job on ${boardName}.

Job title:
Company and its website:
Category (engineering, design, data, product…):
Remote, hybrid or on-site, and where the person may live:
Salary (range, currency, per year or month):
How to apply (a link or an e-mail address):
Closing date (optional):

About the role:
`,
  };
}

/**
 * A listing skeleton that passes validation once the placeholders are
 * replaced: the validator warns while "Replace …" lines are left, as it does
 * for npm run new's, and refuses the example.com apply link.
 */
export function listingTemplate(today: string): string {
  return `---
title: Senior Product Designer
company: your-company-id
category: product-design
workplace: remote
employment: full-time
region: europe
experience: mid-senior
salary:
  min: 70000
  max: 90000
  currency: EUR
  period: year
skills: [Figma, Design systems, User research]
posted: ${today}
apply: https://example.com/careers/senior-product-designer
---
## About the role

Replace this with what the person will own, and why it matters.

## What you'll do

- Replace each line with one responsibility.

## What we're looking for

- Replace each line with a skill or experience that matters.

## Salary and benefits

Replace this with pay, equity, leave, equipment and learning budget.

## How we hire

Replace this with the steps and how long they take.
`;
}
