/**
 * Listings come from strangers' pull requests. test/fixtures/hostile holds
 * one attack per file; `cases` says what the validator must report for each.
 * The files the schema accepts (attacks in their bodies only) are also built,
 * as if a reviewer had merged them, for the build and browser tests to check
 * that the pages stay inert.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUILD_DATE, cleanEnv, OUTPUT, ROOT } from './fixture.ts';

export const HOSTILE = join(ROOT, 'test/fixtures/hostile');

export interface Case {
  /** Path under test/fixtures/hostile. */
  file: string;
  /** Every error the validator reports, as [line, field, message fragment]. Empty: valid content that the build must render as text. */
  errors: Array<[number, string, string]>;
  /** Warnings the validator must give among others, as [line, field, message fragment]: the reviewer's cue for attacks that are not refused. */
  warnings?: Array<[number, string, string]>;
}

const rawHtml = 'contains raw HTML (';
const unsafeLink = (url: string) => `has a link to ${JSON.stringify(url)}; links must start with https://, http:// or mailto:`;
const image = 'contains an image; images are not shown in descriptions';

export const cases: Case[] = [
  // Raw HTML in the description.
  { file: 'jobs/body-script-block.md', errors: [[22, 'description', `${rawHtml}"<script>\\n  alert(document.cookie)`]] },
  { file: 'jobs/body-img-onerror.md', errors: [[20, 'description', `${rawHtml}"<img src=x onerror=\\"alert(1)\\">")`]] },
  // A second --- block at the top: a parser with frontmatter on would hide it from the validator and the page.
  { file: 'jobs/body-frontmatter-block.md', errors: [[14, 'description', `${rawHtml}"<img src=x onerror=alert(1)>")`]] },
  { file: 'jobs/body-iframe.md', errors: [[22, 'description', `${rawHtml}"<iframe src=`]] },
  { file: 'jobs/body-svg-onload.md', errors: [[22, 'description', `${rawHtml}"<svg onload=alert(1)>")`]] },
  { file: 'jobs/raw-anchor-javascript.md', errors: [[20, 'description', `${rawHtml}"<a href=javascript:alert(1)>")`]] },
  // Unsafe schemes in markdown links, however they are spelled.
  { file: 'jobs/link-javascript.md', errors: [[20, 'description', unsafeLink('javascript:alert(1)')]] },
  { file: 'jobs/link-javascript-mixed-case.md', errors: [[20, 'description', unsafeLink('JaVaScRiPt:alert(1)')]] },
  { file: 'jobs/link-javascript-tab.md', errors: [[20, 'description', unsafeLink('java\tscript:alert(1)')]] },
  { file: 'jobs/link-javascript-control-entity.md', errors: [[20, 'description', unsafeLink('java\tscript\n:alert(1)')]] },
  { file: 'jobs/entity-javascript.md', errors: [[20, 'description', unsafeLink('javascript:alert(1)')]] },
  { file: 'jobs/entity-hex-colon.md', errors: [[20, 'description', unsafeLink('javascript:alert(1)')]] },
  {
    file: 'jobs/link-data-html.md',
    errors: [[20, 'description', unsafeLink('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')]],
  },
  { file: 'jobs/link-vbscript.md', errors: [[20, 'description', unsafeLink('vbscript:msgbox(1)')]] },
  { file: 'jobs/autolink-javascript.md', errors: [[20, 'description', unsafeLink('javascript:alert(1)')]] },
  { file: 'jobs/reference-javascript.md', errors: [[22, 'description', unsafeLink('javascript:alert(1)')]] },
  {
    file: 'jobs/reference-data.md',
    errors: [[22, 'description', unsafeLink('data:text/html;charset=utf-8,%3Cscript%3Ealert(1)%3C/script%3E')]],
  },
  // Images, including one whose reference definition is a script URL.
  { file: 'jobs/image-javascript.md', errors: [[22, 'description', image]] },
  { file: 'jobs/image-data-svg.md', errors: [[22, 'description', image]] },
  {
    file: 'jobs/image-reference-javascript.md',
    errors: [
      [22, 'description', image],
      [24, 'description', unsafeLink('javascript:alert(1)')],
    ],
  },
  // Windows line endings: still the right line.
  { file: 'jobs/crlf-line-endings.md', errors: [[22, 'description', `${rawHtml}"<script>alert(1)</script>")`]] },
  // Valid markdown and plain-text fields full of markup: the build must show them as text.
  { file: 'jobs/link-title-quotes.md', errors: [] },
  { file: 'jobs/title-script-close.md', errors: [] },
  { file: 'jobs/title-attribute-break.md', errors: [] },
  { file: 'jobs/skills-html.md', errors: [] },
  { file: 'jobs/location-html.md', errors: [] },
  { file: 'jobs/apply-mailto-html.md', errors: [] },
  { file: 'jobs/long-word.md', errors: [] },
  // Emoji and right-to-left text pass; the direction override among them does not ("gnp.exe" read as "exe.png").
  { file: 'jobs/emoji-rtl.md', errors: [[23, 'description', 'contains an invisible or direction-changing character (U+202E)']] },
  // Frontmatter the schema refuses (the build's content layer would refuse it too).
  { file: 'jobs/long-word-title-too-long.md', errors: [[2, 'title', 'is too long: use at most 120 characters']] },
  { file: 'jobs/apply-javascript.md', errors: [[10, 'apply', '"javascript:alert(1)" is not a https: or mailto: address']] },
  { file: 'jobs/source-data-url.md', errors: [[12, 'source.url', '"data:text/html,<script>alert(1)</script>" is not a https: address']] },
  // Parser differentials: YAML the validator once read differently from the build.
  { file: 'jobs/yaml-unknown-tag.md', errors: [[2, 'frontmatter', 'uses a YAML tag the site cannot read (Unresolved tag: !foo)']] },
  // Valid but wider than a phone: a table, a small heading with a long address, 40-character skills.
  { file: 'jobs/wide-content.md', errors: [] },
  // Valid: headings named like the page's own ids (#main, #similar-heading), and a footnote.
  { file: 'jobs/heading-ids.md', errors: [] },
  { file: 'jobs/yaml-date-title.md', errors: [[2, 'title', 'must be text (the job title)']] },
  // Round 2 (issue #25). Skills: a closed listing must not rename a skill open listings use.
  { file: 'jobs/skill-airflow-open.md', errors: [] },
  {
    file: 'jobs/skill-rename-closed.md',
    errors: [],
    warnings: [
      [
        9,
        'skills.0',
        '"AIRFLOW ☠ ЛОХОТРОН" has characters the board does not show in skill names (☠ Л О Х Т), so it is shown as "AIRFLOW"',
      ],
    ],
  },
  // Impersonation: an apply link off the company's domain is for the reviewer to judge.
  {
    file: 'jobs/apply-foreign-host.md',
    errors: [],
    warnings: [[11, 'apply', "goes to hostile-careers.example, which is neither the company's website (hostile.example)"]],
  },
  // Text that draws over the page or reads differently than it is.
  { file: 'jobs/title-zalgo.md', errors: [[2, 'title', 'stacks 30 combining marks on one character']] },
  { file: 'jobs/body-zalgo.md', errors: [[22, 'description', 'stacks 30 combining marks on one character']] },
  { file: 'jobs/body-rlo-filename.md', errors: [[22, 'description', 'contains an invisible or direction-changing character (U+202E)']] },
  { file: 'jobs/apply-encoded-override.md', errors: [[11, 'apply', 'hides a character you cannot see (U+202E) behind a %-escape']] },
  // Links that are not what they look like, and mailto and duplicate-link rules with a side door.
  { file: 'jobs/apply-single-slash.md', errors: [[11, 'apply', 'does not start with "https://" and a host']] },
  { file: 'jobs/apply-nul-escape.md', errors: [[11, 'apply', 'contains a control character (U+0000)']] },
  { file: 'jobs/apply-mailto-bcc.md', errors: [[11, 'apply', 'has a "#" part, which some mail apps read as more fields']] },
  { file: 'jobs/apply-mailto-semicolon.md', errors: [[11, 'apply', 'names more than one address']] },
  { file: 'jobs/apply-utm-original.md', errors: [[11, 'apply', 'is also the apply link of content/jobs/apply-utm-copy.md']] },
  { file: 'jobs/apply-utm-copy.md', errors: [[11, 'apply', 'is also the apply link of content/jobs/apply-utm-original.md']] },
  // Markup the page's own HTML check once failed on: deep emphasis (a RangeError) and task-list checkboxes.
  { file: 'jobs/emphasis-deep.md', errors: [[22, 'description', 'nests emphasis, bold, strikethrough or links more than 4 levels deep']] },
  { file: 'jobs/task-list.md', errors: [] },
  // Words measured as a line breaker does: Japanese passes, a run joined by no-break spaces does not.
  { file: 'jobs/cjk-paragraph.md', errors: [] },
  { file: 'jobs/nbsp-joined-run.md', errors: [[22, 'description', 'has a word of 2,999 characters']] },
  // Pay: implausible is for the reviewer; an amount that shows as 0 is refused.
  {
    file: 'jobs/salary-bhd-hourly.md',
    errors: [],
    warnings: [[8, 'salary.min', 'comes to about 553,280,000,000 USD a year (2,080 hours)']],
  },
  { file: 'jobs/salary-tiny.md', errors: [[8, 'salary.min', 'is less than 0.01, which the board would show as 0']] },
  // Company profiles.
  { file: 'companies/hostile-co.md', errors: [] },
  { file: 'companies/long-name-co.md', errors: [] },
  { file: 'companies/website-no-slashes.md', errors: [[3, 'website', 'does not start with "https://" and a host']] },
  // Two profiles whose names look alike are both refused, each naming the other.
  { file: 'companies/name-twin.md', errors: [[2, 'name', 'looks the same as the name of content/companies/name-lookalike.md']] },
  { file: 'companies/name-lookalike.md', errors: [[2, 'name', 'looks the same as the name of content/companies/name-twin.md']] },
  { file: 'companies/javascript-website.md', errors: [[3, 'website', '"javascript:alert(1)" is not a https: address']] },
  // Logos: served from the board's origin, so an SVG opened on its own must not run script.
  { file: 'companies/logo-namespaced-script.md', errors: [[4, 'logo', 'logo-namespaced-script.svg contains <svg:script> on line 3']] },
  {
    file: 'companies/logo-entity-link.md',
    errors: [
      [4, 'logo', 'logo-entity-link.svg contains a link to "javascript:alert(document.domain)" (the xlink:href attribute of <use>)'],
    ],
  },
  {
    file: 'companies/logo-outside-folder.md',
    errors: [
      [4, 'logo', 'must be an image file next to the profile, like ./acme.svg (letters, digits, "-", "_" and "."; no folders, no ../)'],
    ],
  },
  {
    file: 'companies/logo-query-name.md',
    errors: [[4, 'logo', 'must be an image file next to the profile, like ./acme.svg (letters, digits']],
  },
  // Logos too heavy or too large to serve: the build refuses them too (test/build/hostile-build-refusals.test.ts).
  { file: 'companies/logo-heavy.md', errors: [[4, 'logo', 'logo-heavy.svg is 211 KB; logos may be at most 200 KB. Export it smaller']] },
  {
    file: 'companies/logo-vast-viewbox.md',
    errors: [[4, 'logo', 'logo-vast-viewbox.svg is 100000 × 100000 pixels; logos may be at most 2048 pixels on a side']],
  },
  { file: 'companies/logo-attlist.md', errors: [[4, 'logo', 'logo-attlist.svg contains a DOCTYPE with its own declarations on line 4']] },
  {
    file: 'companies/html-about.md',
    errors: [
      [8, 'about', `${rawHtml}"<script>alert(1)</script>")`],
      [10, 'about', unsafeLink('javascript:alert(2)')],
    ],
  },
];

/** Errors in the body only: the schema (and so Astro's content layer) accepts the file, and the sanitiser must deal with it. */
export const passesSchema = (c: Case) => c.errors.every(([, field]) => field === 'description' || field === 'about');

export const markdownFiles = (dir: string) =>
  readdirSync(join(HOSTILE, dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${dir}/${name}`);

/** The built hostile board: the files the schema accepts, built the way a merged pull request would be. */
const built = cases.filter(passesSchema);
export const hostileSite = {
  content: join(OUTPUT, 'content-hostile'),
  dist: join(OUTPUT, 'dist-hostile'),
  built,
  /** Slugs of the built jobs. */
  jobs: built.filter((c) => c.file.startsWith('jobs/')).map((c) => c.file.slice('jobs/'.length, -'.md'.length)),
};

/**
 * Astro directly: `npm run build` runs the validator first, and it rightly
 * refuses these files. What the build itself does with them is the question.
 */
export function buildWithoutValidator(content: string, dist: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: content,
      OUT_DIR: dist,
      BASE_PATH: '/',
      BUILD_DATE,
      SITE_URL: 'https://hostile.fixture.example',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds hostileSite with Astro, then its search index; throws with the output if either fails. */
export function buildHostileSite(): void {
  const { content, dist, built } = hostileSite;
  rmSync(content, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(content, 'jobs'), { recursive: true });
  mkdirSync(join(content, 'companies'), { recursive: true });
  for (const c of built) cpSync(join(HOSTILE, c.file), join(content, c.file));
  for (const name of readdirSync(join(HOSTILE, 'companies')).filter((n) => !n.endsWith('.md'))) {
    cpSync(join(HOSTILE, 'companies', name), join(content, 'companies', name));
  }
  const result = buildWithoutValidator(content, dist);
  if (result.status !== 0) throw new Error(`Astro build of the hostile fixture failed:\n${result.output}`);
  // The search index, from the records Astro wrote: listing text reaches the search page through it.
  const index = spawnSync(process.execPath, [join(ROOT, 'src/search/indexer.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), OUT_DIR: dist },
  });
  if (index.status !== 0) throw new Error(`Indexing the hostile fixture failed:\n${index.stdout}\n${index.stderr}`);
}
