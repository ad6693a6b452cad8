import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jobSchema, companySchema } from './schema/listing.ts';

/** Content lives outside src/ so editors only ever touch content/. */
const contentDir = process.env.CONTENT_DIR || './content';

// Ids are the file names as written: the validator rejects names that are not slugs,
// so we never let the loader silently rename a file.
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/i, '');

const jobs = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/jobs`, generateId: idFromFileName }),
  schema: jobSchema,
});

const companies = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/companies`, generateId: idFromFileName }),
  schema: ({ image }) => companySchema(image()),
});

export const collections = { jobs, companies };
