/**
 * Applicant tracking systems that host job postings for many employers. An
 * apply link on one of these (or a subdomain: jobs.lever.co,
 * boards.greenhouse.io, acme.recruitee.com) passes without a warning even
 * though its host is not the company's own; any other host than the
 * company's website domain gets a warning, for the reviewer to check the
 * listing really comes from that company. Add a system here when a real
 * employer uses one.
 */
export const knownApplyHosts = [
  'ashbyhq.com',
  'bamboohr.com',
  'breezy.hr',
  'comeet.com',
  'greenhouse.io',
  'homerun.co',
  'icims.com',
  'applytojob.com',
  'jobvite.com',
  'join.com',
  'lever.co',
  'myworkdayjobs.com',
  'personio.com',
  'personio.de',
  'pinpointhq.com',
  'recruitee.com',
  'rippling-ats.com',
  'smartrecruiters.com',
  'teamtailor.com',
  'workable.com',
] as const;
