import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/listing-files/validate/validate.ts';
import { enc, longBody, job, goodFrontmatter, run, lines } from '../support/validator.ts';

describe('validator: YAML, text and descriptions', () => {
  it('rejects broken files with a clear message instead of a stack trace', () => {
    const files: ContentFile[] = [
      { path: 'content/jobs/bom-acme.md', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc(`---\n${goodFrontmatter}---\n${longBody}`)]) },
      { path: 'content/jobs/latin1-acme.md', bytes: new Uint8Array([...enc('---\ntitle: Caf'), 0xe9, ...enc('\n---\n')]) },
      { path: 'content/jobs/huge-acme.md', bytes: enc(`---\n${goodFrontmatter}---\n${'x'.repeat(200 * 1024)}`) },
      job('dupkey-acme', `${goodFrontmatter}title: Again\n`),
      job('yaml-acme', 'title: "unclosed\n'),
      job(
        'bomb-acme',
        `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      ),
      { path: 'content/jobs/nofm-acme.md', bytes: enc('just text\n') },
      {
        path: 'content/jobs/crlf-acme.md',
        bytes: enc(`---\n${goodFrontmatter}---\n${longBody}`.replace(/\n/g, '\r\n').replace('jobs/1', 'jobs/crlf')),
      },
    ];
    expect(lines(run(files))).toEqual([
      'content/jobs/bom-acme.md:1 error file: starts with a byte-order mark (BOM); save it as "UTF-8" without BOM',
      'content/jobs/bomb-acme.md:1 error frontmatter: uses too many YAML aliases (*name); write the values out',
      'content/jobs/dupkey-acme.md:12 error frontmatter: has the field title twice (lines 2 and 12); keep one',
      'content/jobs/huge-acme.md:1 error file: is 200 KB; listings must be under 100 KB. Shorten the description',
      'content/jobs/latin1-acme.md:1 error file: is not valid UTF-8 text; save it with UTF-8 encoding',
      'content/jobs/nofm-acme.md:1 error frontmatter: is missing: start the file with a line "---", the fields, then another "---"',
      'content/jobs/yaml-acme.md:2 error frontmatter: is not valid YAML (Missing closing "quote); a value that opens a quote must close it with the same mark on the same line. The file\'s fields are checked once it reads',
    ]);
  });

  it('explains YAML traps: an unquoted colon, an unclosed frontmatter, and " #" comments', () => {
    expect(
      lines(run([job('colon-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: Backend Engineer: Payments'))])),
    ).toEqual([
      'content/jobs/colon-acme.md:2 error frontmatter: has a value containing ": " that YAML reads as a new field; wrap the value in double quotes, like title: "Engineer: Data"',
    ]);
    expect(lines(run([{ path: 'content/jobs/open-acme.md', bytes: enc(`---\n${goodFrontmatter}\n${longBody}`) }]))).toEqual([
      'content/jobs/open-acme.md:1 error frontmatter: is not closed: add a line with only "---" after the last field, before the description',
    ]);
    expect(lines(run([job('hash-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: Backend Engineer #2'))]))).toEqual([
      'content/jobs/hash-acme.md:2 warning title: text after " #" is read as a comment and dropped; wrap the whole value in double quotes, like title: "Backend Engineer #…"',
    ]);
  });

  it('says how to quote a value YAML reads as syntax, and to indent with spaces', () => {
    const withTitle = (slug: string, title: string) => job(slug, goodFrontmatter.replace('title: Backend Engineer', `title: ${title}`));
    expect(
      lines(
        run([
          withTitle('apostrophe-acme', "'Harbour Master's Assistant'"),
          withTitle('star-acme', '*Tide* Developer'),
          withTitle('quoted-acme', '"The "Tide" team"'),
          job('tab-acme', goodFrontmatter.replace('skills: [Go, SQL]', 'skills:\n\t- Go')),
        ]),
      ),
    ).toEqual([
      'content/jobs/apostrophe-acme.md:2 error frontmatter: is not valid YAML (Unexpected scalar at node end); an apostrophe ends a value in single quotes: put the whole value in double quotes instead, like title: "…". The file\'s fields are checked once it reads',
      'content/jobs/quoted-acme.md:2 error frontmatter: is not valid YAML (Unexpected scalar at node end); inside double quotes write a " as \\", like title: "The \\"Tide\\" team". The file\'s fields are checked once it reads',
      'content/jobs/star-acme.md:2 error frontmatter: is not valid YAML (Unexpected scalar at node end); a value starting with * needs double quotes around all of it, like title: "…". The file\'s fields are checked once it reads',
      "content/jobs/tab-acme.md:10 error frontmatter: is not valid YAML (Tabs are not allowed as indentation); indent with spaces, not tabs. The file's fields are checked once it reads",
    ]);
  });

  it('names a duplicated field, the line an unclosed quote opens on, a line break in a title and a timestamp for a date', () => {
    const problems = lines(
      run([
        job('list-title-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: [Backend, Engineer]')),
        job('short-year-acme', goodFrontmatter.replace('posted: 2026-11-20', 'posted: 0026-11-20')),
        job('twice-acme', goodFrontmatter.replace('posted: 2026-11-20', 'posted: 2026-11-20\ncategory: design')),
        job('quote-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "Backend Engineer')),
        job('two-lines-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "Backend\\nEngineer"')),
        job('timestamp-acme', goodFrontmatter.replace('posted: 2026-11-20', 'posted: 2026-11-20T23:30:00-05:00')),
      ]),
    );
    expect(problems).toEqual([
      // A list is not text: one message, not also "too short" for a list of two.
      'content/jobs/list-title-acme.md:2 error title: must be text (the job title)',
      'content/jobs/quote-acme.md:2 error frontmatter: is not valid YAML (Missing closing "quote); a value that opens a quote must close it with the same mark on the same line. The file\'s fields are checked once it reads',
      // YAML reads 0026 as 1926.
      'content/jobs/short-year-acme.md:10 error posted: has an unlikely year: write all four digits, like 2026-11-18',
      'content/jobs/timestamp-acme.md:10 error posted: must be a date written YYYY-MM-DD, like 2026-11-18',
      'content/jobs/twice-acme.md:11 error frontmatter: has the field category twice (lines 4 and 11); keep one',
      'content/jobs/two-lines-acme.md:2 error title: must be one line; remove the line break',
    ]);
  });

  it('refuses text that would vanish or mislead: skills with no Latin letters, invisible and direction characters', () => {
    const problems = lines(
      run([
        job('skills-acme', goodFrontmatter.replace('skills: [Go, SQL]', 'skills: [Go, 日本語, "🚀"]')),
        job('zero-width-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "\\u200B\\u200B\\u200B\\u200B\\u200B"')),
        job('override-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "Engineer \\u202Egnp.exe"')),
        job('control-acme', goodFrontmatter, `${longBody}\nBell \u0007 here.\n`),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/control-acme.md:17 error description: contains a control character (U+0007); delete it',
      'content/jobs/override-acme.md:2 error title: contains an invisible character (U+202E); delete it',
      'content/jobs/skills-acme.md:9 error skills.1: "日本語" has no Latin letters or digits for its page address; write it in Latin letters, like "Japanese" for "日本語"',
      'content/jobs/skills-acme.md:9 error skills.2: has no letters or digits; write a skill such as "TypeScript"',
      'content/jobs/zero-width-acme.md:2 error title: contains an invisible character (U+200B); delete it',
    ]);
  });

  it('refuses blank-looking titles, YAML-escaped control characters and line separators', () => {
    const retitle = (slug: string, title: string) =>
      job(slug, goodFrontmatter.replace('title: Backend Engineer', `title: "${title}"`).replace('jobs/1', `jobs/${slug}`));
    const problems = lines(
      run([
        retitle('filler-acme', '\u3164\u3164\u3164\u3164\u3164\u3164'),
        retitle('soft-hyphen-acme', 'Back\u00ADend Engineer'),
        retitle('tag-acme', 'Backend Engineer\\U000E0041'),
        retitle('bell-acme', 'Senior\\aEngineer'),
        retitle('escape-acme', 'Senior \\e[31mEngineer'),
        retitle('separator-acme', 'Senior\\LEngineer'),
        retitle('paragraph-acme', 'Senior\\PEngineer'),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/bell-acme.md:2 error title: contains a control character (U+0007); delete it',
      'content/jobs/escape-acme.md:2 error title: contains a control character (U+001B); delete it',
      'content/jobs/filler-acme.md:2 error title: contains an invisible character (U+3164); delete it',
      'content/jobs/paragraph-acme.md:2 error title: must be one line; remove the line break',
      'content/jobs/separator-acme.md:2 error title: must be one line; remove the line break',
      'content/jobs/soft-hyphen-acme.md:2 error title: contains an invisible character (U+00AD); delete it',
      'content/jobs/tag-acme.md:2 error title: contains an invisible character (U+E0041); delete it',
    ]);
  });

  it('rejects raw HTML, images and unsafe links in the description, on their lines', () => {
    const body = `${longBody}\n<script>alert(1)</script>\n\n![logo](https://evil.example/x.png)\n\n[click](javascript:alert(2))\n`;
    const problems = lines(run([job('html-acme', goodFrontmatter, body)]));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      'content/jobs/html-acme.md:17 error description: contains raw HTML ("<script>alert(1)</script>"); use markdown instead: ## Heading, **bold**, - list item, [text](https://…)',
    );
    expect(problems[1]).toBe(
      'content/jobs/html-acme.md:19 error description: contains an image; images are not shown in descriptions. Remove it (a company logo belongs in the company profile)',
    );
    expect(problems[2]).toBe(
      'content/jobs/html-acme.md:21 error description: has a link to "javascript:alert(2)"; links must start with https://, http:// or mailto:',
    );
  });

  it('reports inline raw HTML once per line', () => {
    const problems = lines(run([job('bold-acme', goodFrontmatter, `${longBody}\nWe are <b>remote</b> first.\n`)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/jobs\/bold-acme\.md:17 error description: contains raw HTML \("<b>"\)/);
  });

  it('refuses an empty description and a word long enough to freeze a phone', () => {
    const problems = lines(
      run([
        job('empty-acme', goodFrontmatter, '\n'),
        job('long-word-acme', goodFrontmatter.replace('jobs/1', 'jobs/2'), `${longBody}\n${'A'.repeat(5000)}\n`),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/empty-acme.md:13 error description: is empty; below the frontmatter, say what the role does, who you are looking for, pay and how you hire',
      'content/jobs/long-word-acme.md:17 error description: has a word of 5,000 characters; break it up (no word or link may be over 300 characters)',
    ]);
  });
});
