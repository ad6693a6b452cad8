import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBoard, type Job } from '../../../data/board.ts';
import { logoDataUri, renderSocialImage } from '../../../data/social-image.ts';
import { socialCardSvg } from '../../../lib/social-card.ts';
import { workplaceSummary } from '../../../lib/places.ts';
import { formatSalary } from '../../../lib/salary.ts';
import { site } from '../../../config/site.ts';

/** One social preview image per open job (closed jobs keep the board's default). */
export const getStaticPaths = (async () => {
  const board = await loadBoard();
  return board.openJobs.map((job) => ({ params: { slug: job.slug }, props: { job } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: Job }> = async ({ props: { job } }) => {
  const svg = socialCardSvg({
    title: job.title,
    company: job.company.data.name,
    facts: [workplaceSummary(job.workplace, job.region), job.location].filter(Boolean).join(' · '),
    salary: job.salary ? `${formatSalary(job.salary)}${job.salary.estimated ? ' (estimated)' : ''}` : undefined,
    logoDataUri: logoDataUri(job.company),
    boardName: site.name,
  });
  return new Response(new Uint8Array(await renderSocialImage(svg)), { headers: { 'Content-Type': 'image/jpeg' } });
};
