/**
 * One job as a service publishes it, in the importer's own words. Each
 * service module (greenhouse.ts, lever.ts, ashby.ts, recruitee.ts) turns its
 * payload into these; listing.ts turns them into listing files. Nothing here
 * is trusted: every string came from a stranger's ATS.
 */
import type { EmploymentType } from '../schema/job.ts';
import type { HtmlSection } from './html-to-markdown.ts';
import type { PayResult } from './pay.ts';
import type { Placement } from './place.ts';
import type { ServiceId } from './services.ts';
import type { z } from 'astro/zod';

export interface Posting {
  id: string;
  title: string;
  /** The posting's page on the service (the listing's `source.url`). */
  postingUrl: string;
  /** Where applicants apply (the listing's `apply`). */
  applyUrl: string;
  /** Publish date, YYYY-MM-DD. */
  published?: string | undefined;
  /** The service's own closing date, YYYY-MM-DD. */
  closes?: string | undefined;
  department?: string | undefined;
  team?: string | undefined;
  tags?: readonly string[] | undefined;
  /** From the service's own field; undefined when it has none. */
  employment?: EmploymentType | undefined;
  place: Placement;
  pay: PayResult;
  description: readonly HtmlSection[];
}

/** A posting the importer leaves out, with why. */
export interface SkippedPosting {
  id: string;
  title: string;
  reason: string;
  /** The service does not show it publicly (Ashby's unlisted postings): its listing closes like a removed one. */
  hidden?: boolean | undefined;
}

export interface BoardPostings {
  postings: Posting[];
  skipped: SkippedPosting[];
}

/** A payload that is not the shape the service documents. */
export class UnexpectedPayload extends Error {}

export interface ServiceMapping {
  service: ServiceId;
  /** Throws UnexpectedPayload when the payload as a whole cannot be read. */
  read: (payload: unknown) => BoardPostings;
}

/** Ids become part of the listing's bookkeeping; anything but letters, digits, "-" and "_" is refused there. */
export const usableId = (id: unknown): string | undefined => {
  const text = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : typeof id === 'string' ? id.trim() : '';
  return /^[A-Za-z0-9_-]{1,100}$/.test(text) ? text : undefined;
};

/** What a summary can say about an unreadable posting: its id and title if it has them. */
function describePosting(raw: unknown, titleKey: string): { id: string; title: string } {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const { id } = record;
  const title = record[titleKey];
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 100) : '?',
    title: typeof title === 'string' ? title.slice(0, 120) : '',
  };
}

/** A posting left out: why, and whether the service hides it from the public. */
export interface Skip {
  skip: string;
  hidden?: boolean;
}

export interface MappingSpec<T extends { id: unknown }> {
  service: ServiceId;
  /** The list of postings in a payload, or undefined when the payload is not the documented shape. */
  list: (body: unknown) => readonly unknown[] | undefined;
  /** What the documented shape is, for the summary. */
  expected: string;
  /** One posting, loosely: fields the importer does not use are ignored. */
  item: z.ZodType<T>;
  /** The field that holds the title, for the summary of an unreadable posting. */
  titleKey: string;
  build: (data: T, id: string) => Posting | Skip;
}

/**
 * A service mapping from its payload shape: each posting is read on its own,
 * so one broken posting is skipped with a reason while the rest of the board
 * is imported.
 */
export function serviceMapping<T extends { id: unknown }>(spec: MappingSpec<T>): ServiceMapping {
  return {
    service: spec.service,
    read(body) {
      const items = spec.list(body);
      if (!items) throw new UnexpectedPayload(spec.expected);
      const postings: Posting[] = [];
      const skipped: SkippedPosting[] = [];
      for (const item of items) {
        const parsed = spec.item.safeParse(item);
        const id = parsed.success ? usableId(parsed.data.id) : undefined;
        const result: Posting | Skip = !parsed.success
          ? { skip: 'is missing its id, title or address, or has them in the wrong form' }
          : !id
            ? { skip: 'has an id the importer cannot keep' }
            : spec.build(parsed.data, id);
        if ('skip' in result) skipped.push({ ...describePosting(item, spec.titleKey), reason: result.skip, hidden: result.hidden });
        else postings.push(result);
      }
      return { postings, skipped };
    },
  };
}
