/**
 * The sanitiser's own limits, for descriptions the validator never saw:
 * rendered with the site's plugins, the HTML stays within what the page
 * can hold.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_NESTING, MAX_INLINE_NESTING, mayNestTooDeep } from '../../src/markdown/page-limits.ts';
import { renderMarkdown } from '../support/render-markdown.ts';

const render = renderMarkdown;

/** The deepest element nesting in `html`, counted from its tags. */
function depth(html: string, tags: readonly string[]): number {
  let open = 0;
  let deepest = 0;
  for (const [, close, tag] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (!tags.includes(tag!)) continue;
    open += close ? -1 : 1;
    deepest = Math.max(deepest, open);
  }
  return deepest;
}

describe('page limits of the sanitiser', () => {
  it('cuts emphasis thousands deep to the limit, keeping every word', () => {
    const html = render(`${'*a '.repeat(15_000)}x${' b*'.repeat(15_000)}`);
    expect(depth(html, ['em', 'strong', 'del', 'a'])).toBe(MAX_INLINE_NESTING);
    expect(html.match(/\ba\b/g)).toHaveLength(15_000);
    expect(html).toContain(' x ');
  });

  it('cuts quotes and lists at the limit, keeping their text', () => {
    const quotes = render(`${'> '.repeat(5_000)}deep words`);
    expect(depth(quotes, ['blockquote'])).toBe(MAX_BLOCK_NESTING);
    expect(quotes).toContain('deep words');
    const lists = render(`${'- '.repeat(3_000)}listed words`);
    expect(depth(lists, ['ul', 'ol', 'blockquote'])).toBe(MAX_BLOCK_NESTING);
    expect(lists).toContain('listed words');
  });

  it('leaves ordinary nesting as it is, and stays out of descriptions that cannot nest too deep', () => {
    const markdown = '- one\n  - two\n    > **bold _and [linked](https://acme.example)_**\n';
    expect(mayNestTooDeep(markdown)).toBe(false);
    expect(render(markdown)).toContain(
      '<strong>bold <em>and <a href="https://acme.example" rel="nofollow ugc noopener">linked</a></em></strong>',
    );
    expect(mayNestTooDeep(`${'*a '.repeat(5)}x${' a*'.repeat(5)}`)).toBe(true);
    expect(mayNestTooDeep(`${'> '.repeat(7)}x`)).toBe(true);
  });

  it('drops characters that reorder or hide words, and cuts stacked marks to three', () => {
    const html = render(
      'Get gnp\u202E.exe, \u2066isolated\u2069 and Z\u0300\u0301\u0302\u0303\u0304\u0305a `c\u0300\u0301\u0302\u0303\u0304e`',
    );
    expect(html).toContain('gnp.exe');
    expect(html).toContain(' isolated and ');
    expect(html).toContain('Z\u0300\u0301\u0302a');
    expect(html).toContain('<code>c\u0300\u0301\u0302e</code>');
  });

  it('shows task-list checkboxes as the text the editor wrote, so no unlabelled form field reaches the page', () => {
    const html = render('- [ ] Ship the API\n- [x] Hire the team\n');
    expect(html).not.toContain('<input');
    expect(html).toContain('[ ] Ship the API');
    expect(html).toContain('[x] Hire the team');
  });
});
