/** The schema of a company profile, content/companies/<id>.md. */
import { z } from 'astro/zod';
import { httpsUrl } from './address.ts';
import { describeInput, unknownFieldsMessage } from './messages.ts';
import { text } from './text.ts';
import { importConfigSchema } from '../import/schema.ts';

/**
 * Company profiles. `logo` is passed in because Astro validates it with its
 * own `image()` helper (so astro:assets processes the file), while Node
 * scripts check the path on disk themselves.
 */
export function companySchema<Logo extends z.ZodType>(logo: Logo) {
  const shape = {
    name: text(1, 80, 'the company name').describe('Company name as it should appear on the board.'),
    website: httpsUrl.describe('Company website, https only.'),
    logo: logo.describe('Image next to the profile, like `./acme.svg` (square; SVG, PNG, JPG, WebP, GIF or AVIF).'),
    location: text(2, 120, 'where the company is based').optional().describe('Where the company is based, free text.'),
    import: importConfigSchema.optional().describe('Import the company’s jobs from its applicant tracking system (see "Imported jobs").'),
  };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(shape)) : describeInput(issue.input),
  });
}

/** The logo rule Node scripts use: an image file in the profile's folder. */
export const logoPathSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required: a path like ./acme.svg' : 'must be a path like ./acme.svg') })
  // One file in the profile's own folder: "../" could borrow the board's icons, or read any file on the
  // build machine. Plain characters only: the bundler reads "?" in an import as a query, not a file name.
  .regex(/^\.\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.(svg|png|jpe?g|webp|avif|gif)$/i, {
    error: 'must be an image file next to the profile, like ./acme.svg (letters, digits, "-", "_" and "."; no folders, no ../)',
  });

/** A company profile as Node scripts check it: the logo is a path on disk. */
export const companyProfileSchema = companySchema(logoPathSchema);
