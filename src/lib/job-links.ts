/**
 * The skill and place pages a job page links to. Skill and country pages
 * exist only while an open job names them (src/board/board.ts), so a closed
 * job can name one that has no page: it shows that one as plain text rather
 * than as a link that would 404.
 */
import { openToEntries, placeLabel, placeSlug } from './places.ts';
import { routes } from './routes.ts';

/** A term a job page shows; `path` only when its page exists. */
export interface TermLink {
  label: string;
  path?: string;
}

export interface JobLinks {
  skills: TermLink[];
  openTo: TermLink[];
}

export interface BuiltPages {
  skillIds: ReadonlySet<string>;
  placeSlugs: ReadonlySet<string>;
}

export function jobLinks(
  job: { skills: readonly { id: string; label: string }[]; region?: readonly string[] | undefined; location?: string | undefined },
  pages: BuiltPages,
): JobLinks {
  const link = (label: string, path: string, exists: boolean): TermLink => (exists ? { label, path } : { label });
  return {
    skills: job.skills.map((skill) => link(skill.label, routes.skill(skill.id), pages.skillIds.has(skill.id))),
    openTo: openToEntries(job).map((entry) =>
      link(placeLabel(entry), routes.place(placeSlug(entry)), pages.placeSlugs.has(placeSlug(entry))),
    ),
  };
}
