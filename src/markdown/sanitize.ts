/**
 * Sätteri plugins that make listing descriptions safe without leaving the
 * native fast path (a full rehype-sanitize pass made builds ~3× slower).
 *
 * Markdown itself can only produce a small, safe set of elements, so we
 * only have to deal with the escape hatches:
 * - raw HTML is shown as literal text, never parsed (the validator flags it);
 * - images are replaced by their alt text (no remote images, no tracking pixels);
 * - links keep only http(s) and mailto targets and get rel="nofollow ugc noopener";
 * - a level-1 heading becomes level 2, because the job title is the page's h1.
 */
import type { HastPluginList, MdastPluginList } from 'satteri';
import { externalLinkRel, isSafeLinkUrl } from '../lib/safe-url.ts';

export const sanitizeMdastPlugins: MdastPluginList = [
  {
    name: 'openings-sanitize-mdast',
    html: (node) => ({ type: 'text', value: node.value }),
    image: (node) => ({ type: 'text', value: node.alt ?? '' }),
    imageReference: (node) => ({ type: 'text', value: node.alt ?? '' }),
    heading: (node) => (node.depth === 1 ? { ...node, depth: 2 } : undefined),
  },
];

export const sanitizeHastPlugins: HastPluginList = [
  {
    name: 'openings-sanitize-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (!isSafeLinkUrl(href)) {
          ctx.replaceNode(node, [...node.children]);
          return;
        }
        ctx.setProperty(node, 'rel', externalLinkRel.split(' '));
      },
    },
  },
];
