import type { APIRoute, GetStaticPaths } from 'astro';
import type { Job } from '../../data/board.ts';
import { searchParts, searchRecord } from '../../data/search-records.ts';
import type { PartEntry } from '../../lib/search-parts.ts';
import { jsonLines } from '../../lib/json-lines.ts';

/**
 * Build artefacts, not pages: the search records of each index part, one
 * JSON object a line so scripts/index-search.ts can stream them to Pagefind
 * without holding a part in memory; it deletes them when done.
 */
export const getStaticPaths = (async () =>
  (await searchParts()).map((jobs, part) => ({ params: { part: String(part) }, props: { jobs } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ jobs: PartEntry<Job>[] }> = async ({ props }) => {
  const records = await Promise.all(props.jobs.map(searchRecord));
  return new Response(jsonLines(records), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
};
