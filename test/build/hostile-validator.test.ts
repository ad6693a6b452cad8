/**
 * The validator must refuse every attack in test/fixtures/hostile with a
 * message on the right field and line (the table is in test/support/hostile.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from '../../src/listing-files/validate/validate.ts';
import { undecodableImage } from '../../src/listing-files/validate/decode-image.ts';
import { BUILD_DATE } from '../support/fixture.ts';
import { cases, HOSTILE, markdownFiles } from '../support/hostile.ts';

const contentFile = (file: string) => ({ path: `content/${file}`, bytes: readFileSync(join(HOSTILE, file)) });

// Decoded up front as the CLI does (src/listing-files/validate/cli.ts): sharp is asynchronous.
const undecodableImages = new Map<string, string>();
for (const name of readdirSync(join(HOSTILE, 'companies')).filter((n) => !n.endsWith('.md'))) {
  const reason = await undecodableImage(readFileSync(join(HOSTILE, 'companies', name)));
  if (reason) undecodableImages.set(`content/companies/${name}`, reason);
}

describe('validator on hostile listings', () => {
  const problems = validateContent({
    jobs: markdownFiles('jobs').map(contentFile),
    companies: markdownFiles('companies').map(contentFile),
    readFile: (path) => {
      const file = join(HOSTILE, path.replace(/^content\//, ''));
      return existsSync(file) ? readFileSync(file) : undefined;
    },
    undecodableImages,
    today: BUILD_DATE,
    defaultExpiryDays: 60,
  });

  it('has a case for every fixture file, and a fixture file for every case', () => {
    expect(cases.map((c) => c.file).sort()).toEqual([...markdownFiles('companies'), ...markdownFiles('jobs')].sort());
  });

  it.each(cases)('$file', ({ file, errors, warnings = [] }) => {
    const found = problems.filter((p) => p.file === `content/${file}` && p.severity === 'error');
    expect(found.map((p) => [p.line, p.field])).toEqual(errors.map(([line, field]) => [line, field]));
    found.forEach((problem, i) => expect(problem.message).toContain(errors[i]![2]));
    const warned = problems.filter((p) => p.file === `content/${file}` && p.severity === 'warning');
    for (const [line, field, message] of warnings) {
      expect(warned).toContainEqual(expect.objectContaining({ line, field, message: expect.stringContaining(message) }));
    }
  });
});
