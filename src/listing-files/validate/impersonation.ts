/**
 * Rules against posting as someone else: a second profile whose name looks
 * like another's ("Rivermınt" with a dotless ı, Cyrillic letters, "rn" for
 * "m"), and a listing under a real company whose apply link goes elsewhere.
 *
 * Lookalike names are refused, not only warned about: a visitor cannot tell
 * two companies apart by a name that looks the same, and a real company that
 * needs a second profile can use its full name. Names are compared by their
 * skeleton from Unicode's confusables data (UTS #39, through unhomoglyph),
 * ignoring case, spaces and punctuation. A foreign apply host is only a
 * warning: agencies and parent companies post for others, and the reviewer
 * can tell.
 */
import unhomoglyph from 'unhomoglyph';
import { knownApplyHosts } from '../../config/apply-hosts.ts';
import { quote } from '../../schema/messages.ts';
import type { Problem } from '../problem.ts';

export interface NameUse {
  file: string;
  line: number;
  name: string;
  /** The profile's id, for the hint to post under it. */
  id: string;
}

/**
 * Skeletons of a name. Two, because confusables map upper and lower case
 * apart ("I" to "l"): one lower-cases first, the other last, and names that
 * share either look alike. "i" and "l" count as one letter at the end, as a
 * capital I and a small l are one shape in many fonts ("SALTGLASS" with an
 * I for the l).
 */
export function nameSkeletons(name: string): string[] {
  const fold = (text: string) =>
    unhomoglyph(text)
      .replace(/i/g, 'l')
      .replace(/[^\p{L}\p{N}]/gu, '');
  const folded = name.normalize('NFKC');
  return [...new Set([fold(unhomoglyph(folded.toLowerCase())), fold(unhomoglyph(folded).toLowerCase())])].filter(Boolean);
}

/** Each profile whose name looks like another's, naming the other. */
export function lookalikeNameProblems(names: readonly NameUse[]): Problem[] {
  // Grouped by skeleton, so a board of thousands of companies is not compared pair by pair.
  const bySkeleton = new Map<string, NameUse[]>();
  for (const use of names) for (const key of nameSkeletons(use.name)) bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), use]);
  return names.flatMap((use): Problem[] => {
    const twins = [...new Set(nameSkeletons(use.name).flatMap((key) => bySkeleton.get(key)!))].filter((twin) => twin !== use);
    if (!twins.length) return [];
    const others = twins.map((twin) => `${twin.file} (${quote(twin.name)})`).join(', ');
    return [
      {
        file: use.file,
        line: use.line,
        field: 'name',
        message: `${quote(use.name)} looks the same as the name of ${others}, so visitors could not tell the companies apart; if it is the same company, post under its profile (company: ${twins[0]!.id}), otherwise write the company's full name`,
        severity: 'error',
      },
    ];
  });
}

/** The host a link leads to, or the domain of a mailbox; lower case, without "www." or a final dot. */
function applyHost(apply: string): string | undefined {
  try {
    const url = new URL(apply);
    const host = url.protocol === 'mailto:' ? decodeURIComponent(url.pathname).split('@').at(-1) : url.hostname;
    return host
      ?.toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * A warning when a listing's apply link is neither on its company's website
 * domain (or a subdomain of it) nor on a known applicant tracking system.
 */
export function foreignApplyHost(apply: string, website: string): string | undefined {
  const host = applyHost(apply);
  const home = applyHost(website);
  if (!host || !home || within(host, home) || knownApplyHosts.some((ats) => within(host, ats))) return undefined;
  return `goes to ${host}, which is neither the company's website (${home}) nor a known applicant tracking system; check the listing really comes from the company. Known systems are listed in src/config/apply-hosts.ts`;
}

/** A listing's apply link and the company it is posted under. */
export interface ApplyUse {
  file: string;
  line: number;
  company: string;
  url: string;
}

/** foreignApplyHost for every listing whose company has a valid website. */
export function foreignApplyProblems(uses: readonly ApplyUse[], websites: ReadonlyMap<string, string>): Problem[] {
  return uses.flatMap((use): Problem[] => {
    const website = websites.get(use.company);
    const message = website && foreignApplyHost(use.url, website);
    return message ? [{ file: use.file, line: use.line, field: 'apply', message, severity: 'warning' }] : [];
  });
}
