import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, Severity } from 'html-validate';
import { fixture } from '../support/fixture.ts';
import { pageFile } from '../support/html.ts';
import { pagesByType } from '../support/sample-pages.ts';

/**
 * Every page type of the sample site is valid HTML by html-validate's
 * recommended and document rules, with the project settings in
 * .htmlvalidate.mjs (found from each file upwards, as the CLI finds it).
 */
describe('HTML validity of the sample site (html-validate)', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = Object.entries(pagesByType(fixture.distSample));

  it('uses the project configuration', async () => {
    const config = await validator.getConfigFor(pageFile(fixture.distSample, '/'));
    const rules = config.getRules();
    expect(rules.get('long-title')?.[0]).toBe(Severity.DISABLED);
    expect(rules.get('no-dup-id')?.[0]).toBe(Severity.ERROR);
    expect(rules.get('heading-level')?.[0], 'html-validate:document is extended').toBe(Severity.ERROR);
  });

  it('reports a broken page (the gate is not vacuous)', async () => {
    const file = pageFile(fixture.distSample, '/');
    const broken = readFileSync(file, 'utf8').replace('</main>', '<p id="main"><div>block in a paragraph</div></p></main>');
    const report = await validator.validateString(broken, file);
    const rules = report.results.flatMap((result) => result.messages.map((m) => m.ruleId));
    expect(rules).toContain('no-dup-id');
  });

  it.each(pages)('the %s page (%s) has no errors', async (_type, path) => {
    const report = await validator.validateFile(pageFile(fixture.distSample, path));
    // Built pages are minified onto one line, so the column and the selector locate a problem.
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(messages).toEqual([]);
  });
});
