/**
 * Checks listings and company profiles with the same schema the site uses,
 * plus the rules that need more than one file. Pure: callers hand in the
 * bytes, so tests need no disk and the CLI decides what to read.
 */
import { basename } from 'node:path/posix';
import { byLocation, type Problem } from '../problem.ts';
import { sameSlugProblems, sharedApplyLinkProblems } from './cross-file.ts';
import { foreignApplyProblems, lookalikeNameProblems } from './impersonation.ts';
import { checkListing } from './listing.ts';
import { unlessAlreadyWrong } from './partial-checks.ts';
import { checkProfile } from './profile.ts';

export interface ContentFile {
  /** Path as shown to editors, with forward slashes ("content/jobs/x.md"). */
  path: string;
  bytes: Uint8Array;
}

export interface ValidateInput {
  jobs: readonly ContentFile[];
  companies: readonly ContentFile[];
  /** Reads a file next to a profile (its logo); undefined when missing. */
  readFile: (path: string) => Uint8Array | undefined;
  today: string;
  defaultExpiryDays: number;
  /** Logo files the build could not use, with what is wrong and the fix (src/listing-files/validate/decode-image.ts). */
  undecodableImages?: ReadonlyMap<string, string> | undefined;
  /** Logo files too small for search engines, with the fix (src/listing-files/validate/decode-image.ts). */
  smallLogos?: ReadonlyMap<string, string> | undefined;
  /** Report problems for these paths only (cross-file rules still see every file). */
  only?: ReadonlySet<string> | undefined;
}

export function validateContent(input: ValidateInput): Problem[] {
  const companyIds = new Set(input.companies.map((c) => basename(c.path).replace(/\.md$/i, '')));
  const listings = input.jobs.map((job) => checkListing(job, input, companyIds));
  const profiles = input.companies.map((company) => checkProfile(company, input));
  const websites = new Map(profiles.flatMap((profile) => (profile.name && profile.website ? [[profile.name.id, profile.website]] : [])));
  const listingProblems = listings.flatMap((listing) => listing.problems);
  const problems = [
    ...profiles.flatMap((profile) => profile.problems),
    ...lookalikeNameProblems(profiles.flatMap((profile) => (profile.name ? [profile.name] : []))),
    ...listingProblems,
    // A placeholder or otherwise wrong apply link already has its error.
    ...unlessAlreadyWrong(
      foreignApplyProblems(
        listings.flatMap((listing) => (listing.apply ? [listing.apply] : [])),
        websites,
      ),
      listingProblems,
    ),
    ...sameSlugProblems(input.jobs.map((job) => job.path)),
    ...sharedApplyLinkProblems(listings.flatMap((listing) => (listing.openApplyLink ? [listing.openApplyLink] : []))),
  ];
  const reported = input.only ? problems.filter((p) => input.only!.has(p.file)) : problems;
  return reported.sort(byLocation);
}
