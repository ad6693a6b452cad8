/**
 * The two importer blocks the listing schema knows about:
 * - `import:` on a company profile says where its jobs come from;
 * - `imported:` on a listing is the importer's bookkeeping: which posting it
 *   came from and a digest of the file as the importer last wrote it, so a
 *   hand edit is noticed and never overwritten.
 * Messages are for editors, like the rest of src/schema/.
 */
import { z } from 'astro/zod';
import { categoryIds } from '../config/categories.ts';
import { didYouMean } from '../lib/suggest.ts';
import { serviceIds, services, type ServiceId } from './services.ts';

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : String(value));

function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is required; choose one of: ${values.join(', ')}`
        : `${shown(issue.input)} is not ${noun}${didYouMean(issue.input, values)}; choose one of: ${values.join(', ')}`,
  });
}

const category = oneOf(categoryIds, 'a category');

/** A company's board on one service. */
export const importConfigSchema = z
  .strictObject(
    {
      from: oneOf(serviceIds, 'a supported service').describe('The service the company publishes its jobs on.'),
      board: z
        .string({
          error: (issue) => (issue.input === undefined ? 'is required: the company’s board name on that service' : 'must be text'),
        })
        .trim()
        .min(1, { error: 'is empty: write the company’s board name on that service' })
        .describe('The board name, as in the address of the company’s jobs page on that service (`boards.greenhouse.io/<board>`).'),
      category: category.describe('Category of the imported jobs, unless `departments` names another.'),
      departments: z
        .record(z.string(), category, { error: 'must be a group of department names, each with a category id' })
        .optional()
        .describe('Category per department name on the service (case does not matter).'),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'must be a group with from, board and category') },
  )
  .superRefine((config, ctx) => {
    const service = services[config.from as ServiceId];
    if (service && !service.boardPattern.test(config.board)) {
      ctx.addIssue({
        code: 'custom',
        path: ['board'],
        message: `${shown(config.board)} is not a ${service.label} board name: use the letters, digits and dashes from the address of the jobs page`,
      });
    }
  });

export type ImportConfig = z.output<typeof importConfigSchema>;

/** Hex digest of the file as the importer wrote it; see digest.ts. */
export const digestPattern = /^[0-9a-f]{16}$/;

/** The importer's note on a listing it wrote. */
export const importedSchema = z.strictObject(
  {
    from: oneOf(serviceIds, 'a supported service').describe('The service the posting was imported from.'),
    id: z
      .string({ error: 'must be the posting’s id on that service, as text' })
      .regex(/^[A-Za-z0-9_-]{1,100}$/, { error: 'must be the posting’s id on that service (letters, digits, "-" and "_")' })
      .describe('The posting’s id on that service.'),
    digest: z
      .string({ error: 'must be the digest the importer wrote' })
      .regex(digestPattern, { error: 'must be the 16-character digest the importer wrote; leave it as it is' })
      .describe('A digest of the file as the importer wrote it. Leave it: after a hand edit the importer no longer updates the job.'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'must be the group npm run import wrote (from, id, digest)') },
);

export type Imported = z.output<typeof importedSchema>;
