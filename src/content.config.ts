import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jobSchema } from './schema/job.ts';
import { companySchema } from './schema/company.ts';
import { logoFileProblem } from './listing-files/validate/logo-file.ts';
import { loadInOneBatch } from './build/one-batch-loader.ts';

/** Content lives outside src/ so editors only ever touch content/. */
const contentDir = process.env.CONTENT_DIR || './content';

// The raw markdown is not kept in the data store (retainBody: false): pages use the rendered
// HTML, and the store is bundled into the build, so every kept byte costs memory at 100 000 jobs.
// Ids are the file names as written: the validator rejects names that are not slugs,
// so we never let the loader silently rename a file.
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/i, '');

const jobs = defineCollection({
  // One batch: the store is written once, not again and again through the sync (src/build/one-batch-loader.ts).
  loader: loadInOneBatch(glob({ pattern: '*.md', base: `${contentDir}/jobs`, generateId: idFromFileName, retainBody: false })),
  schema: jobSchema,
});

const companies = defineCollection({
  loader: loadInOneBatch(glob({ pattern: '*.md', base: `${contentDir}/companies`, generateId: idFromFileName, retainBody: false })),
  // The validator's logo checks again, so a board built without it still refuses a 24 MB or scripted logo.
  schema: ({ image }) =>
    companySchema(
      image().superRefine(async (value: unknown, context) => {
        // The content layer hands over "__ASTRO_IMAGE_./acme.svg"; logoPathSchema keeps logos beside their profile.
        const name = typeof value === 'string' ? /^__ASTRO_IMAGE_\.\/([^/]+)$/.exec(value)?.[1] : undefined;
        if (!name) return;
        const bytes = await readFile(join(contentDir, 'companies', name)).catch(() => undefined);
        const problem = bytes && (await logoFileProblem(name, bytes));
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    ),
});

export const collections = { jobs, companies };
