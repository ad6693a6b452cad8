import type { APIRoute, GetStaticPaths } from 'astro';
import type { Job } from '../../board/board.ts';
import { searchParts, searchRecord } from '../../search/records.ts';
import type { PartEntry } from '../../search/parts.ts';
import { jsonLines } from '../../search/json-lines.ts';

/**
 * Build artefacts, not pages: the search records of each index part, one
 * JSON object a line so src/search/indexer.ts can stream them to Pagefind
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
