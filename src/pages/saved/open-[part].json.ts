import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBoard } from '../../board/board.ts';
import { openJobsParts, type OpenJobsPart } from '../../saved/open-jobs.ts';

/** The open jobs, each with its closing day, in the parts the saved-jobs page checks saved jobs against (src/saved/open-jobs.ts). */
export const getStaticPaths = (async () => {
  const board = await loadBoard();
  return openJobsParts(board.openJobs).map((jobs, part) => ({ params: { part: String(part) }, props: { jobs } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ jobs: OpenJobsPart }> = ({ props }) =>
  new Response(JSON.stringify(props.jobs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
