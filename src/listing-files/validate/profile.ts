/** The checks of one company profile: its fields, its about text and its logo file. */
import { basename, dirname, join } from 'node:path/posix';
import { companyProfileSchema, logoPathSchema } from '../../schema/company.ts';
import { quote, shorten } from '../../schema/messages.ts';
import { readSourceFile } from '../source-file.ts';
import type { Problem } from '../problem.ts';
import { checkBody } from './body.ts';
import { mixedScriptDoubt } from './doubts.ts';
import { fileNameProblem, placeholderProblems } from './file-problems.ts';
import type { NameUse } from './impersonation.ts';
import { logoProblem } from './logo.ts';
import { isPlaceholderAddress } from './placeholder-address.ts';
import { schemaProblems } from './schema-problems.ts';
import type { ContentFile, ValidateInput } from './validate.ts';

/** What is wrong with a profile's logo file, if anything: missing, unsafe or not an image. */
function logoFileProblem(profile: string, logoPath: string, input: ValidateInput): string | undefined {
  const path = join(dirname(profile), logoPath);
  const logo = input.readFile(path);
  if (!logo) return `${shorten(logoPath)} was not found next to the profile; add the image file or fix the path`;
  const undecodable = input.undecodableImages?.get(path);
  return logoProblem(basename(path), logo) ?? (undecodable ? `${basename(path)} ${undecodable}` : undefined);
}

export interface ProfileCheck {
  problems: Problem[];
  /** The company's name and website when they are valid, for the rules between profiles and listings (impersonation.ts). */
  name?: NameUse;
  website?: string;
}

export function checkProfile(company: ContentFile, input: ValidateInput): ProfileCheck {
  const problems: Problem[] = [];
  const nameProblem = fileNameProblem(company.path);
  if (nameProblem) problems.push(nameProblem);
  const read = readSourceFile(company.path, company.bytes);
  if (!read.ok) return { problems: [...problems, ...read.problems] };
  const { source } = read;
  problems.push(...read.warnings);
  // The about text is rendered like a job description, so the same raw HTML, image and link rules apply.
  problems.push(...checkBody(company.path, source.body, source.bodyLine, { length: false }).map((p) => ({ ...p, field: 'about' })));
  const result = companyProfileSchema.safeParse(source.data);
  if (!result.success) {
    problems.push(...schemaProblems(company.path, source, result.error.issues, Object.keys(companyProfileSchema.shape)));
  }
  if (result.success && isPlaceholderAddress(result.data.website)) {
    const message = `${quote(result.data.website)} is a placeholder address; use the company's own site`;
    problems.push({ file: company.path, line: source.lineOf(['website']), field: 'website', message, severity: 'error' });
  }
  const lookalike = result.success ? mixedScriptDoubt('name', result.data.name) : undefined;
  if (lookalike) problems.push({ file: company.path, line: source.lineOf(['name']), ...lookalike, severity: 'warning' });
  // The logo file is checked whenever its path is valid, so one run reports it with the other fields.
  const logoField = logoPathSchema.safeParse(source.data['logo']);
  const logoIssue = logoField.success ? logoFileProblem(company.path, logoField.data, input) : undefined;
  if (logoIssue) problems.push({ file: company.path, line: source.lineOf(['logo']), field: 'logo', message: logoIssue, severity: 'error' });
  const logoFile = logoField.success && !logoIssue ? join(dirname(company.path), logoField.data) : undefined;
  const small = logoFile ? input.smallLogos?.get(logoFile) : undefined;
  if (logoFile && small) {
    const message = `${basename(logoFile)} ${small}`;
    problems.push({ file: company.path, line: source.lineOf(['logo']), field: 'logo', message, severity: 'warning' });
  }
  if (!source.body.trim()) {
    problems.push({
      file: company.path,
      line: source.bodyLine,
      field: 'about',
      message: 'is empty; add two or three sentences about the company below the frontmatter',
      severity: 'warning',
    });
  }
  problems.push(...placeholderProblems(company.path, source, 'about'));
  if (!result.success) return { problems };
  const id = basename(company.path).replace(/\.md$/i, '');
  const name = { file: company.path, line: source.lineOf(['name']), name: result.data.name, id };
  return { problems, name, website: result.data.website };
}
