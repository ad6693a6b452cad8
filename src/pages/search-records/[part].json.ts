import type { APIRoute, GetStaticPaths } from 'astro';
import type { Job } from '../../data/board.ts';
import { searchParts, searchRecord } from '../../data/search-records.ts';

/**
 * Build artefacts, not pages: one list of search records per index part,
 * for scripts/index-search.ts, which indexes them and then deletes them.
 */
export const getStaticPaths = (async () =>
  (await searchParts()).map((jobs, part) => ({ params: { part: String(part) }, props: { jobs } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ jobs: Job[] }> = async ({ props }) => Response.json(await Promise.all(props.jobs.map(searchRecord)));
