/** Job descriptions from an ATS become markdown that the site renders safely and the validator accepts. */
import { describe, expect, it } from 'vitest';
import { markdownToMdast } from 'satteri';
import { convertDescription, htmlToMarkdown, isImportableLink } from '../../src/import/html-to-markdown.ts';
import { checkBody } from '../../src/listing-files/validate/body.ts';
import { markdownFeatures } from '../../src/markdown/sanitize.ts';

const md = (html: string, heading?: string) => htmlToMarkdown([{ html, heading }]);

/** Every node type the site's parser finds in the markdown. */
function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const stack = [markdownToMdast(markdown, { features: markdownFeatures }) as { type: string; children?: unknown[] }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    types.add(node.type);
    stack.push(...((node.children ?? []) as { type: string; children?: unknown[] }[]));
  }
  return types;
}

describe('htmlToMarkdown', () => {
  it('keeps the structure: headings, lists, emphasis, links', () => {
    expect(
      md(
        '<h2>The team</h2><p>We are <strong>six</strong> people, <em>mostly</em> remote.</p><ul><li>Go</li><li>SQL</li></ul><p><a href="https://example.org/team">Meet us</a></p>',
      ),
    ).toBe('## The team\n\nWe are **six** people, _mostly_ remote.\n\n- Go\n- SQL\n\n[Meet us](https://example.org/team)');
  });

  it('drops scripts, styles, frames and forms with their contents, and every attribute', () => {
    const out = md(
      '<p onclick="steal()" style="color:red">Hello</p><script>alert(1)</script><style>p{}</style><iframe src="https://evil.example"></iframe><form><input value="x"><button>Send</button></form><noscript>nojs</noscript>',
    );
    expect(out).toBe('Hello');
  });

  it('keeps a link only when it goes to https: or mailto:, and its text otherwise', () => {
    const out = md(
      '<p><a href="javascript:alert(1)">one</a> <a href="JaVa\tScRiPt:alert(1)">two</a> <a href="data:text/html,x">three</a> <a href="http://plain.example">four</a> <a href="/relative">five</a> <a href="mailto:jobs@example.org">six</a> <a href="https://ok.example/">seven</a></p>',
    );
    expect(out).toBe('one two three four five [six](mailto:jobs@example.org) [seven](https://ok.example/)');
    expect(isImportableLink('https://a.example')).toBe(true);
    expect(isImportableLink('http://a.example')).toBe(false);
    expect(isImportableLink('java\nscript:alert(1)')).toBe(false);
  });

  it('counts what it removes, so the summary can tell the reviewer', () => {
    expect(
      convertDescription([
        {
          html: '<p onclick="a()" onMouseOver="b()">Hi <a href=" javascript:x()">there</a> <a href="http://plain.example">plain</a></p><script>1</script><script>2</script><iframe></iframe><img src="https://t.example/p.gif" onerror="c()"><style>p{}</style>',
        },
        { html: '<form><input></form><a href="JAVA\nSCRIPT:y()">again</a><a>no target</a>' },
      ]),
    ).toEqual({
      markdown: 'Hi there plain\n\nagainno target',
      removed:
        '2 scripts, 1 embedded frame or object, 1 form or form field, 3 event handlers, 2 javascript: links, 1 link to neither https: nor mailto: (its text kept), 1 image or media element',
    });
    // Styles, comments and safe links are nothing to report.
    expect(
      convertDescription([{ html: '<style>p{}</style><!-- x --><p><a href="https://ok.example/">Fine</a></p>' }]).removed,
    ).toBeUndefined();
  });

  it('drops images, pictures and media entirely', () => {
    expect(
      md(
        '<p>Before<img src="https://t.example/pixel.gif" alt="tracking"> after</p><picture><source srcset="x"></picture><video src="v.mp4">v</video>',
      ),
    ).toBe('Before after');
  });

  it('moves headings down so the first is ##, keeping their order of levels', () => {
    expect(md('<h1>About</h1><h2>Team</h2><h3>Stack</h3>')).toBe('## About\n\n### Team\n\n#### Stack');
    expect(md('<h3>Already low</h3><h4>Lower</h4>')).toBe('### Already low\n\n#### Lower');
    expect(md('<h5>a</h5><h6>b</h6><h1>c</h1>')).toBe('###### a\n\n###### b\n\n## c');
  });

  it('writes tag-like text as text, never as HTML the site would see', () => {
    const out = md('<p>&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; * not a list</p>');
    expect(out).toContain('\\<script>');
    expect(nodeTypes(out).has('html')).toBe(false);
    expect(checkBody('x.md', out, 1, { length: false })).toEqual([]);
  });

  it('turns tables into one line per row and removes control characters', () => {
    expect(md('<table><tr><th>Level</th><th>Pay</th></tr><tr><td>Mid</td><td>€60k</td></tr></table><p>bell\u0007 here</p>')).toBe(
      'Level · Pay\n\nMid · €60k\n\nbell here',
    );
  });

  it('writes a section heading as plain text, escaped', () => {
    expect(htmlToMarkdown([{ html: '<p>Intro</p>' }, { heading: 'What <b>you</b> bring', html: '<ul><li>Care</li></ul>' }])).toBe(
      'Intro\n\n## What \\<b>you\\</b> bring\n\n- Care',
    );
  });

  it('gives an empty string when nothing readable is left', () => {
    expect(md('<script>x</script><img src=x>')).toBe('');
  });

  it('produces markdown with no raw HTML, images or unsafe links for the validator to refuse', () => {
    const hostile =
      '<h1 onmouseover="x()">Join</h1><p>' +
      'Fast growing <a href="vbscript:msgbox(1)">team</a>.</p><svg><script>alert(1)</script></svg><object data="x.swf"></object>' +
      '<blockquote><p>Quote with <a href="https://fine.example">link</a></p></blockquote>' +
      '<p>' +
      'We write software for bakeries and we like it. '.repeat(10) +
      '</p>';
    const out = md(hostile);
    expect(checkBody('x.md', out, 1)).toEqual([]);
    expect([...nodeTypes(out)].filter((type) => ['html', 'image', 'imageReference'].includes(type))).toEqual([]);
  });
});
