import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jobSchema } from './schema/job.ts';
import { companySchema } from './schema/company.ts';

/** Content lives outside src/ so editors only ever touch content/. */
const contentDir = process.env.CONTENT_DIR || './content';

// The raw markdown is not kept in the data store (retainBody: false): pages use the rendered
// HTML, and the store is bundled into the build, so every kept byte costs memory at 100 000 jobs.
// Ids are the file names as written: the validator rejects names that are not slugs,
// so we never let the loader silently rename a file.
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/i, '');

const jobs = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/jobs`, generateId: idFromFileName, retainBody: false }),
  schema: jobSchema,
});

const companies = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/companies`, generateId: idFromFileName, retainBody: false }),
  schema: ({ image }) => companySchema(image()),
});

export const collections = { jobs, companies };
