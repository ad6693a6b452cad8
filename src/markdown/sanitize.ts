/**
 * Sätteri plugins that make listing descriptions safe without leaving the
 * native fast path (a full rehype-sanitize pass made builds ~3× slower).
 *
 * Markdown itself can only produce a small, safe set of elements, so we
 * only have to deal with the escape hatches:
 * - raw HTML is shown as literal text, never parsed (the validator flags it);
 * - images are replaced by their alt text (no remote images, no tracking pixels);
 * - links keep only http(s) and mailto targets and get rel="nofollow ugc noopener";
 *   footnote links, which only jump within the page, stay as they are;
 * - a level-1 heading becomes level 2, because the job title is the page's h1;
 * - heading ids start with "listing-", so a heading such as "## Main" cannot
 *   take an id the page itself uses (#main, #similar-heading);
 * - nesting, hidden characters and task-list checkboxes are kept within
 *   what the page can hold (page-limits.ts).
 */
import type { HastPluginList, MdastPluginList } from 'satteri';
import { externalLinkRel, isSafeLinkUrl } from '../lib/safe-url.ts';
import { slugify } from '../lib/slug.ts';
import { pageLimitHastPlugins, pageLimitMdastPlugins } from './page-limits.ts';

/** The in-page links satteri writes for footnotes and their back-references. */
const footnoteLink = /^#user-content-fn(ref)?-[\w-]+$/;
const headingIdPrefix = 'listing-';

/**
 * Parser features for descriptions, shared by the site and the validator so
 * both read the same document. Astro has already taken the file's
 * frontmatter off, so a second `---` block at the top of a description is
 * text; parsed as frontmatter it would vanish from the page unseen.
 */
export const markdownFeatures = { frontmatter: false } as const;

export const sanitizeMdastPlugins: MdastPluginList = [
  {
    name: 'openings-sanitize-mdast',
    html: (node) => ({ type: 'text', value: node.value }),
    image: (node) => ({ type: 'text', value: node.alt ?? '' }),
    imageReference: (node) => ({ type: 'text', value: node.alt ?? '' }),
    heading: (node) => (node.depth === 1 ? { ...node, depth: 2 } : undefined),
  },
  ...pageLimitMdastPlugins,
];

export const sanitizeHastPlugins: HastPluginList = [
  ...pageLimitHastPlugins,
  {
    name: 'openings-sanitize-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && footnoteLink.test(href)) return;
        if (!isSafeLinkUrl(href)) {
          ctx.replaceNode(node, [...node.children]);
          return;
        }
        ctx.setProperty(node, 'rel', externalLinkRel.split(' '));
      },
    },
  },
  // A factory: satteri calls it once per document, so repeated headings are counted per description.
  () => {
    const used = new Map<string, number>();
    return {
      name: 'openings-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          // Only satteri's own footnote heading has an id already (aria-describedby points at it).
          if (typeof node.properties?.['id'] === 'string') return;
          const base = `${headingIdPrefix}${slugify(ctx.textContent(node)) || 'section'}`;
          const seen = used.get(base) ?? 0;
          used.set(base, seen + 1);
          ctx.setProperty(node, 'id', seen ? `${base}-${seen}` : base);
        },
      },
    };
  },
];
