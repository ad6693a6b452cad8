/** Where a job was first posted, for a listing copied from another site. */
import { z } from 'astro/zod';
import { httpsUrl } from './address.ts';
import { text } from './text.ts';

export const sourceSchema = z.strictObject(
  {
    name: text(2, 80, 'the name of the site the job was first posted on'),
    url: httpsUrl,
  },
  { error: 'must be a group with name and url' },
);
