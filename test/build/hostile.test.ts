/**
 * Listings come from strangers' pull requests. test/fixtures/hostile holds
 * one attack per file. The validator must refuse every attack with a message
 * on the right field and line; and if an attack still reached the build (a
 * reviewer merged it, or the validator missed it), the built pages must stay
 * inert: no script of theirs, no event handlers, no script URLs, no frames.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import * as cheerio from 'cheerio';
import { validateContent } from '../../src/listing-files/validate/validate.ts';
import { BUILD_DATE, cleanEnv, OUTPUT, ROOT } from '../support/fixture.ts';
import { allPages, loadPage, pageFile } from '../support/html.ts';
import { launchBrowser, needsBrowser } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';
import { searchSettled, showAllResults } from '../support/search-page.ts';

const HOSTILE = join(ROOT, 'test/fixtures/hostile');

interface Case {
  /** Path under test/fixtures/hostile. */
  file: string;
  /** Every error the validator reports, as [line, field, message fragment]. Empty: valid content that the build must render as text. */
  errors: Array<[number, string, string]>;
}

const rawHtml = 'contains raw HTML (';
const unsafeLink = (url: string) => `has a link to ${JSON.stringify(url)}; links must start with https://, http:// or mailto:`;
const image = 'contains an image; images are not shown in descriptions';

const cases: Case[] = [
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
  { file: 'jobs/emoji-rtl.md', errors: [] },
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
  // Company profiles.
  { file: 'companies/hostile-co.md', errors: [] },
  { file: 'companies/long-name-co.md', errors: [] },
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
const passesSchema = (c: Case) => c.errors.every(([, field]) => field === 'description' || field === 'about');

const markdownFiles = (dir: string) =>
  readdirSync(join(HOSTILE, dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${dir}/${name}`);

const contentFile = (file: string) => ({ path: `content/${file}`, bytes: readFileSync(join(HOSTILE, file)) });

describe('validator on hostile listings', () => {
  const problems = validateContent({
    jobs: markdownFiles('jobs').map(contentFile),
    companies: markdownFiles('companies').map(contentFile),
    readFile: (path) => {
      const file = join(HOSTILE, path.replace(/^content\//, ''));
      return existsSync(file) ? readFileSync(file) : undefined;
    },
    today: BUILD_DATE,
    defaultExpiryDays: 60,
  });

  it('has a case for every fixture file, and a fixture file for every case', () => {
    expect(cases.map((c) => c.file).sort()).toEqual([...markdownFiles('companies'), ...markdownFiles('jobs')].sort());
  });

  it.each(cases)('$file', ({ file, errors }) => {
    const found = problems.filter((p) => p.file === `content/${file}` && p.severity === 'error');
    expect(found.map((p) => [p.line, p.field])).toEqual(errors.map(([line, field]) => [line, field]));
    found.forEach((problem, i) => expect(problem.message).toContain(errors[i]![2]));
  });
});

/**
 * Every check a page must pass, whatever content it was built from.
 * Returns one line per violation, so a failure names the page and the markup.
 */
function violations(dist: string, page: string): string[] {
  const $ = cheerio.load(readFileSync(pageFile(dist, page), 'utf8'));
  const found: string[] = [];
  const where = (el: Parameters<typeof $>[0]) => `${page}: ${$.html(el).slice(0, 160)}`;

  $('script').each((_, el) => {
    const $el = $(el);
    const type = $el.attr('type');
    const src = $el.attr('src');
    if (type === 'module' && src?.startsWith('/_astro/') && $el.text().trim() === '') return;
    if (type === 'application/ld+json' && src === undefined) {
      const json = $el.text();
      if (json.toLowerCase().includes('</script')) found.push(`JSON-LD with a literal "</script": ${where(el)}`);
      try {
        JSON.parse(json);
      } catch {
        found.push(`JSON-LD that does not parse: ${where(el)}`);
      }
      return;
    }
    found.push(`foreign script: ${where(el)}`);
  });
  // (No count of "<script" in the raw source: listing text inside quoted attributes, like og:title, is inert,
  // and cheerio parses with parse5, the same algorithm browsers use, so the elements above are what a browser sees.)

  $('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv="refresh" i]').each((_, el) => {
    found.push(`forbidden element: ${where(el)}`);
  });

  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) found.push(`event handler ${name}: ${where(el)}`);
      if (/^(href|src|action|formaction|xlink:href|srcset|poster|data)$/i.test(name)) {
        // What a browser does to a URL before it reads the scheme.
        const compact = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
        if (/^(javascript|data|vbscript):/.test(compact)) found.push(`${name}=${JSON.stringify(value)}: ${where(el)}`);
      }
    }
  });
  return found;
}

describe('the page scanner', () => {
  it('catches every kind of markup it looks for (a control: a scanner that finds nothing proves nothing)', () => {
    const dir = join(OUTPUT, 'scan-control');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head>
<script type="module" src="/_astro/ok.js"></script>
<script type="application/ld+json">{"ok":true}</script>
<script>alert(1)</script>
<script type="module" src="https://evil.example/x.js"></script>
<script type="application/ld+json">{"broken": </script>
</head><body>
<img src=x onerror=alert(1)>
<div OnClick="alert(1)">x</div>
<a href=" java&#9;script:alert(1)">tab</a>
<a href="JAVASCRIPT:alert(1)">upper</a>
<form action="data:text/html,x"><button formaction="vbscript:msgbox(1)">go</button></form>
<svg><a xlink:href="javascript:alert(1)"><text>svg</text></a></svg>
<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x.swf">
<a href="https://ok.example" rel="nofollow ugc noopener">ok</a>
</body></html>`,
    );
    const found = violations(dir, '/');
    const expected = [
      'foreign script: /: <script>alert(1)',
      'foreign script: /: <script type="module" src="https://evil.example',
      'JSON-LD that does not parse',
      'event handler onerror',
      'event handler onclick',
      'href=" java\tscript:alert(1)"',
      'href="JAVASCRIPT:alert(1)"',
      'action="data:text/html,x"',
      'formaction="vbscript:msgbox(1)"',
      'xlink:href="javascript:alert(1)"',
      'forbidden element: /: <iframe',
      'forbidden element: /: <object',
      'forbidden element: /: <embed',
    ];
    for (const fragment of expected)
      expect(
        found.some((line) => line.includes(fragment)),
        fragment,
      ).toBe(true);
    expect(found).toHaveLength(expected.length);
  });
});

describe('build of hostile content that got past review', () => {
  const content = join(OUTPUT, 'content-hostile');
  const dist = join(OUTPUT, 'dist-hostile');
  const built = cases.filter(passesSchema);
  const builtJobs = built.filter((c) => c.file.startsWith('jobs/')).map((c) => c.file.slice('jobs/'.length, -'.md'.length));

  beforeAll(() => {
    rmSync(content, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(content, 'jobs'), { recursive: true });
    mkdirSync(join(content, 'companies'), { recursive: true });
    for (const c of built) cpSync(join(HOSTILE, c.file), join(content, c.file));
    for (const name of readdirSync(join(HOSTILE, 'companies')).filter((n) => !n.endsWith('.md'))) {
      cpSync(join(HOSTILE, 'companies', name), join(content, 'companies', name));
    }
    // Astro directly: `npm run build` runs the validator first, and it rightly refuses these files.
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
    if (result.status !== 0) throw new Error(`Astro build of the hostile fixture failed:\n${result.stdout}\n${result.stderr}`);
    // The search index, from the records Astro wrote: listing text reaches the search page through it.
    const index = spawnSync(process.execPath, [join(ROOT, 'src/search/indexer.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnv(), OUT_DIR: dist },
    });
    if (index.status !== 0) throw new Error(`Indexing the hostile fixture failed:\n${index.stdout}\n${index.stderr}`);
  });

  it('builds the files the schema accepts, attacks in their bodies included', () => {
    expect(builtJobs).toContain('body-script-block');
    expect(builtJobs).not.toContain('apply-javascript');
    for (const slug of builtJobs) expect(existsSync(pageFile(dist, `/jobs/${slug}/`)), slug).toBe(true);
    expect(existsSync(pageFile(dist, '/companies/html-about/'))).toBe(true);
  });

  it('has no foreign script, event handler, script URL or frame on any page', () => {
    const pages = allPages(dist);
    expect(pages.length).toBeGreaterThan(builtJobs.length);
    expect(pages.flatMap((page) => violations(dist, page))).toEqual([]);
  });

  it('shows raw HTML in descriptions and about texts as text', () => {
    expect(loadPage(dist, '/jobs/body-frontmatter-block/')('.prose').text()).toContain('hidden: <img src=x onerror=alert(1)>');
    const $ = loadPage(dist, '/jobs/body-script-block/');
    expect($('.prose').text()).toMatch(/<script>\s*alert\(document\.cookie\)\s*<\/script>/);
    expect(loadPage(dist, '/jobs/body-img-onerror/')('.prose').text()).toContain('<img src=x onerror="alert(1)">');
    expect(loadPage(dist, '/jobs/raw-anchor-javascript/')('.prose').text()).toContain('<a href=javascript:alert(1)>apply here</a>');
    const about = loadPage(dist, '/companies/html-about/');
    expect(about('.prose').text()).toContain('<script>alert(1)</script>');
    expect(about('.prose a')).toHaveLength(0);
  });

  it('drops unsafe links but keeps their text, and marks safe links nofollow ugc noopener', () => {
    for (const slug of [
      'link-javascript',
      'link-javascript-mixed-case',
      'link-javascript-tab',
      'link-javascript-control-entity',
      'entity-javascript',
      'entity-hex-colon',
      'link-data-html',
      'link-vbscript',
    ]) {
      const $ = loadPage(dist, `/jobs/${slug}/`);
      expect($('.prose').text(), slug).toContain('apply now');
      expect($('.prose a'), slug).toHaveLength(0);
    }
    expect(loadPage(dist, '/jobs/reference-javascript/')('.prose a')).toHaveLength(0);
    expect(loadPage(dist, '/jobs/autolink-javascript/')('.prose a')).toHaveLength(0);
    const $ = loadPage(dist, '/jobs/link-title-quotes/');
    const links = $('.prose a');
    expect(links.map((_, a) => $(a).attr('title')).get()).toEqual([`He said "hi" & 'bye'`, '"><script>alert(1)</script>']);
    links.each((_, a) => expect($(a).attr('rel')).toBe('nofollow ugc noopener'));
  });

  it('replaces images with their alt text', () => {
    for (const [slug, alt] of [
      ['image-javascript', 'company logo'],
      ['image-data-svg', 'pixel'],
      ['image-reference-javascript', 'logo'],
    ] as const) {
      const $ = loadPage(dist, `/jobs/${slug}/`);
      expect($('.prose img'), slug).toHaveLength(0);
      expect($('.prose').text(), slug).toContain(alt);
    }
  });

  it('renders markup in plain-text fields as text, in the page, its title, its meta tags and its JSON-LD', () => {
    const title = '</script><script>alert(1)</script>';
    const $ = loadPage(dist, '/jobs/title-script-close/');
    expect($('h1').text()).toBe(title);
    expect($('title').text()).toContain(title);
    expect($('meta[property="og:title"]').attr('content')).toBe(`${title} at Hostile Co`);
    const posting = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()) as { '@type'?: string; title?: string })
      .get()
      .find((data) => data['@type'] === 'JobPosting');
    expect(posting?.title).toBe(title);

    const attribute = loadPage(dist, '/jobs/title-attribute-break/');
    expect(attribute('h1').text()).toBe('" onmouseover="alert(1)');
    expect(attribute('meta[property="og:title"]').attr('content')).toBe('" onmouseover="alert(1) at Hostile Co');

    const skills = loadPage(dist, '/jobs/skills-html/')('body').text();
    for (const skill of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<b>Rust</b>']) expect(skills).toContain(skill);
    expect(loadPage(dist, '/jobs/location-html/')('body').text()).toContain('<script>alert(1)</script><img src=x onerror=alert(2)> Berlin');
    const apply = loadPage(dist, '/jobs/apply-mailto-html/')('a[href^="mailto:jobs@"]');
    expect(apply.length).toBeGreaterThan(0);
    apply.each((_, a) => expect(a.attribs['href']).toBe('mailto:jobs@hostile.example?subject="><script>alert(1)</script>'));
  });

  it("keeps the page's own ids and footnote links whatever the headings are called", () => {
    const $ = loadPage(dist, '/jobs/heading-ids/');
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect($('#main').is('main')).toBe(true);
    expect($('#similar-heading').text()).toBe('Similar jobs');
    expect(
      $('.prose h2')
        .map((_, h) => $(h).attr('id'))
        .get(),
    ).toEqual(expect.arrayContaining(['listing-main', 'listing-similar-heading', 'listing-similar-heading-1']));
    const reference = $('.prose a[data-footnote-ref]');
    expect(reference.attr('href')).toBe('#user-content-fn-1');
    expect($('#user-content-fn-1').length).toBe(1);
    expect($('.prose a[data-footnote-backref]').attr('href')).toBe('#user-content-fnref-1');
    expect($(`#${reference.attr('aria-describedby')}`).text()).toBe('Footnotes');
  });

  it('keeps the layout: a 120-character title word and a 200-character body word wrap instead of overflowing', () => {
    const titleWord = 'Supercalifragilistic'.repeat(6);
    const bodyWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(5).slice(0, 200);
    const $ = loadPage(dist, '/jobs/long-word/');
    expect($('h1').text()).toBe(titleWord);
    expect($('.prose').text()).toContain(bodyWord);
    const css = $('link[rel="stylesheet"]')
      .map((_, link) => $(link).attr('href'))
      .get()
      .map((href) => readFileSync(join(dist, href), 'utf8'))
      .join('\n');
    expect(css).toMatch(/overflow-wrap:\s*(anywhere|break-word)/);
  });

  it('does not scroll sideways on a 320 px phone, even with those words, tables and names', needsBrowser(), async () => {
    const server = await serveDist(dist);
    const browser = await launchBrowser();
    try {
      const pages = [
        'jobs/long-word/',
        'jobs/emoji-rtl/',
        'jobs/wide-content/',
        '',
        'categories/engineering/',
        'companies/',
        'companies/long-name-co/',
        'skills/wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww/',
        'skills/',
        'search/',
      ];
      for (const path of pages) {
        const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
        await page.goto(`${server.url}${path}`);
        if (path === 'search/') await searchSettled(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `/${path}`).toBeLessThanOrEqual(320);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('shows hostile listing text in search results as text, running none of it', needsBrowser(), async () => {
    const server = await serveDist(dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${server.url}search/`);
      await searchSettled(page);
      await showAllResults(page);
      const titles = await page.$$eval('#search-results h3', (hs) => hs.map((h) => h.textContent?.trim()));
      expect(titles).toContain('</script><script>alert(1)</script>');
      expect(await page.locator('#search-results script, #search-results iframe, #search-results [onerror]').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('renders right-to-left text and emoji in titles as text', () => {
    const title = 'مهندس برمجيات 🚀 מהנדס תוכנה 👩🏽‍💻';
    const $ = loadPage(dist, '/jobs/emoji-rtl/');
    expect($('h1').text()).toBe(title);
    expect($('.prose').text()).toContain('👨‍👩‍👧‍👦');
    expect($('.prose').text()).toContain('אנחנו מחפשים מהנדסת תוכנה');
  });
});
