/**
 * Property-based tests of the validator against hostile and broken files:
 * whatever bytes a pull request contains, `validateContent` answers with
 * well-formed problems an editor can act on (never a crash, a stack trace
 * or a wall of text), and a file it passes also passes the build's own
 * frontmatter parser (Astro reads YAML with js-yaml) and schema.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { jobSchema } from '../../src/schema/job.ts';
import { checkJobFile, COMPANY, enc, expectBuildAgrees, expectWellFormed, runs, validateFiles, validFrontmatter } from '../support/fuzz.ts';
import { arbitraryFrontmatter, nearlyValidFile, rawFrontmatterFile, yamlFile } from '../support/fuzz-listings.ts';
import { body } from '../support/fuzz-markdown.ts';
import { anyValue, text } from '../support/fuzz-yaml.ts';

describe('validator fuzzing', () => {
  it('answers every YAML frontmatter and body with well-formed problems, and passes only files the build accepts', () => {
    fc.assert(
      fc.property(yamlFile, (file) => {
        const bytes = enc(file);
        expectBuildAgrees(bytes, checkJobFile(bytes));
      }),
      runs,
    );
  });

  it('passes only files the build reads the same way: tricky scalars, tags, dates, line endings, delimiters in the body', () => {
    let passed = 0;
    let tried = 0;
    fc.assert(
      fc.property(nearlyValidFile, (file) => {
        tried++;
        const bytes = enc(file);
        const problems = checkJobFile(bytes);
        if (!problems.some((p) => p.severity === 'error')) passed++;
        expectBuildAgrees(bytes, problems);
      }),
      {
        ...runs,
        // Each of these once passed the validator and then failed the build.
        examples: [
          [`---\n${stringify({ ...validFrontmatter, title: '2026-11-20' })}---\nBody.\n`],
          [`---\n${stringify(validFrontmatter).replace('title: Backend Engineer', 'title: !foo Backend Engineer')}---\nBody.\n`],
          [`---\n${stringify(validFrontmatter)}---\nBody.\n`.replace(/\n/g, '\r')],
          [`---\n${stringify({ ...validFrontmatter, title: 'Backend\u0000Engineer' }).replace('\\0', '\u0000')}---\nBody.\n`],
        ],
      },
    );
    // The property only means something if plenty of files get through. About one in ten does
    // (27–48 of 300 in 13 runs), so ask for one in thirty: "more than a tenth" failed one run in ten.
    // Compared with the files tried, not numRuns: on a busy machine the time limit stops early.
    expect(tried).toBeGreaterThanOrEqual(50);
    expect(passed).toBeGreaterThanOrEqual(tried / 30);
  });

  it('answers hand-assembled YAML (tags, anchors, stray delimiters) the same way', () => {
    fc.assert(
      fc.property(rawFrontmatterFile, (file) => {
        const bytes = enc(file);
        expectBuildAgrees(bytes, checkJobFile(bytes));
      }),
      runs,
    );
  });

  it('never throws on random text or random bytes, with or without a frontmatter start', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array([...enc('---\n'), ...b])),
      fc.string({ unit: 'binary', maxLength: 2000 }).map(enc),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => enc(`---\n${s}`)),
      fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })).map(([a, b]) => enc(`---\n${a}\n---\n${b}`)),
    );
    fc.assert(
      fc.property(bytes, (file) => {
        checkJobFile(file);
      }),
      runs,
    );
  });

  it('checks company profiles the same way', () => {
    const profile = fc.tuple(
      fc.oneof(
        fc.record({ name: anyValue, website: anyValue, logo: anyValue, location: anyValue }, { requiredKeys: [] }),
        fc.record({
          name: fc.constant('Acme'),
          website: fc.constantFrom('https://acme.example', 'javascript:alert(1)'),
          logo: fc.constantFrom('./acme.svg', './missing.png', '../../etc/passwd.svg', 'acme.svg'),
        }),
        fc.dictionary(text, anyValue, { maxKeys: 5 }),
      ),
      body,
    );
    fc.assert(
      fc.property(profile, ([data, about]) => {
        const bytes = enc(`---\n${stringify(data)}---\n${about}`);
        const problems = validateFiles(undefined, bytes);
        expectWellFormed(problems, { [COMPANY]: bytes });
      }),
      runs,
    );
  });

  it('never throws from jobSchema.safeParse, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, arbitraryFrontmatter, fc.anything()), (input) => {
        const result = jobSchema.safeParse(input);
        if (!result.success) {
          for (const issue of result.error.issues) expect(typeof issue.message).toBe('string');
        }
      }),
      runs,
    );
  });
});
