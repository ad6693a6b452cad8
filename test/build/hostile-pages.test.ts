/**
 * If an attack still reached the build (a reviewer merged it, or the
 * validator missed it), the built pages must stay inert: no script of theirs,
 * no event handlers, no script URLs, no frames. The global setup builds the
 * hostile board (test/support/hostile.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT } from '../support/fixture.ts';
import { allPages, loadPage, pageFile } from '../support/html.ts';
import { hostileSite } from '../support/hostile.ts';
import { violations } from '../support/page-scanner.ts';

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
  const { dist, jobs: builtJobs } = hostileSite;

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
    // Stored and linked as the URL parser spells it (src/schema/address.ts): the markup stays escaped text.
    apply.each((_, a) => expect(a.attribs['href']).toBe('mailto:jobs@hostile.example?subject=%22%3E%3Cscript%3Ealert(1)%3C/script%3E'));
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

  it('renders right-to-left text and emoji in titles as text', () => {
    const title = 'مهندس برمجيات 🚀 מהנדס תוכנה 👩🏽‍💻';
    const $ = loadPage(dist, '/jobs/emoji-rtl/');
    expect($('h1').text()).toBe(title);
    expect($('.prose').text()).toContain('👨‍👩‍👧‍👦');
    expect($('.prose').text()).toContain('אנחנו מחפשים מהנדסת תוכנה');
  });
});
