import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBoard, type Job } from '../../../data/board.ts';
import { companyLogo, prefetchingRenderer, renderSocialImage } from '../../../data/social-image.ts';
import { workplaceSummary } from '../../../lib/places.ts';
import { formatSalary } from '../../../lib/salary.ts';
import { site } from '../../../config/site.ts';

async function socialImage(job: Job): Promise<Uint8Array> {
  return renderSocialImage({
    title: job.title,
    company: job.company.data.name,
    facts: [workplaceSummary(job.workplace, job.region), job.location].filter(Boolean).join(' · '),
    salary: job.salary ? `${formatSalary(job.salary)}${job.salary.estimated ? ' (estimated)' : ''}` : undefined,
    logo: await companyLogo(job.company),
    boardName: site.name,
  });
}

let render: ((job: Job) => Promise<Uint8Array>) | undefined;

/** One social preview image per open job (closed jobs keep the board's default). */
export const getStaticPaths = (async () => {
  const board = await loadBoard();
  return board.openJobs.map((job) => ({ params: { slug: job.slug }, props: { job } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ job: Job }> = async ({ props: { job } }) => {
  // Astro asks for the cards in getStaticPaths order, so the next ones can render while this one is written.
  render ??= prefetchingRenderer((await loadBoard()).openJobs, (j) => j.slug, socialImage);
  return new Response(new Uint8Array(await render(job)), { headers: { 'Content-Type': 'image/jpeg' } });
};
