/**
 * What a description may not do to its page even when the validator never
 * saw it (a reviewer merged it anyway, or the build ran without it):
 * - nesting is cut at the limits the validator states: thousands of nested
 *   quotes or emphasis marks crash the page's own HTML check, and browsers
 *   stop nesting at 512 elements in their own way;
 * - characters that reorder or hide words are dropped, and marks piled on
 *   one character are cut to the most any script stacks;
 * - a GFM task list's checkboxes, form fields without a label that nobody
 *   can tick, become the "[ ]" and "[x]" the editor wrote.
 * Each plugin looks at the source first and stays out of documents it has
 * nothing to do in, which is nearly all of them.
 */
import type { Element } from 'hast';
import type { HastPluginEntry, MdastPluginEntry, MdastVisitorContext } from 'satteri';
import { hiddenInRunningText, MAX_MARKS_PER_CHARACTER, stackedMarks } from '../lib/hidden-characters.ts';

/** Quotes and lists inside each other; real descriptions use two or three. */
export const MAX_BLOCK_NESTING = 6;
/** Emphasis, bold, strikethrough and links inside each other: "***~~[x](…)~~***" is four. */
export const MAX_INLINE_NESTING = 4;
export const blockNesting: ReadonlySet<string> = new Set(['blockquote', 'list']);
export const inlineNesting: ReadonlySet<string> = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

type Walked = { node: MdastNode; blocks: number; inline: number };
type MdastNode = Parameters<MdastVisitorContext['textContent']>[0] & { children?: readonly MdastNode[] };

/**
 * Walks the whole tree once, and replaces each node deeper than a limit by
 * its text: a paragraph in place of a quote or list, plain text in place of
 * emphasis or a link. Walking a tree in JavaScript costs far more than
 * rendering it, so `mayNestTooDeep` decides first from the source.
 */
const nestingLimits: MdastPluginEntry = {
  name: 'openings-nesting-limits',
  before(root, ctx) {
    // An explicit stack, not recursion: the tree can be thousands of levels deep.
    const stack: Walked[] = [{ node: root as MdastNode, blocks: 0, inline: 0 }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { node } = item;
      const blocks = item.blocks + (blockNesting.has(node.type) ? 1 : 0);
      const inline = item.inline + (inlineNesting.has(node.type) ? 1 : 0);
      if (blocks > MAX_BLOCK_NESTING) {
        ctx.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: ctx.textContent(node) }] });
      } else if (inline > MAX_INLINE_NESTING) {
        ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
      } else {
        for (const child of node.children ?? []) stack.push({ node: child, blocks, inline });
      }
    }
  },
};

/**
 * Whether a description could nest past a limit, from its text alone: an
 * upper bound, cheap enough for every description. A quote or list level
 * takes at least one character of a line's leading marks ("> ", "- ",
 * indentation), and an open emphasis or link at least one delimiter
 * ("*", "_", "~", "[") that no delimiter of its kind has closed yet. Past
 * any real description's count of delimiters, the tree is walked anyway.
 */
export function mayNestTooDeep(source: string): boolean {
  for (const [prefix] of source.matchAll(/^(?:[ \t>]|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))*/gm))
    if (prefix.length > MAX_BLOCK_NESTING) return true;
  if ((source.match(/[*_~[]/g)?.length ?? 0) > 200) return true;
  for (const paragraph of source.split(/\n[ \t>]*\n/)) {
    const open: Record<string, number> = { '*': 0, _: 0, '~': 0, '[': 0 };
    for (const run of paragraph.matchAll(/\*+|_+|~+|\[|\]/g)) {
      const kind = run[0] === ']' ? '[' : run[0][0]!;
      const before = paragraph[run.index - 1] ?? ' ';
      const after = paragraph[run.index + run[0].length] ?? ' ';
      // CommonMark's flanking rules: only a run that can close and cannot open is taken as closing.
      const [spaceBefore, spaceAfter] = [/\s/.test(before), /\s/.test(after)];
      const [punctBefore, punctAfter] = [/[\p{P}\p{S}]/u.test(before), /[\p{P}\p{S}]/u.test(after)];
      const opens = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
      const closes = run[0] === ']' || (!spaceBefore && (!punctBefore || spaceAfter || punctAfter) && !opens);
      open[kind] = closes ? Math.max(0, open[kind]! - run[0].length) : open[kind]! + run[0].length;
      if (Object.values(open).reduce((sum, n) => sum + n, 0) > MAX_INLINE_NESTING) return true;
    }
  }
  return false;
}

const markPile = new RegExp(`([\\p{Mn}\\p{Me}]{${MAX_MARKS_PER_CHARACTER}})[\\p{Mn}\\p{Me}]+`, 'gu');
const hiddenEverywhere = new RegExp(hiddenInRunningText.source, 'gu');
// Counted after composing, as the validator counts them (stackedMarks): U+0344 is two marks once composed.
const cleanText = (value: string) => value.replace(hiddenEverywhere, '').normalize('NFC').replace(markPile, '$1');

const textCleanup: MdastPluginEntry = {
  name: 'openings-text-cleanup',
  text: (node) => ({ ...node, value: cleanText(node.value) }),
  inlineCode: (node) => ({ ...node, value: cleanText(node.value) }),
  code: (node) => ({ ...node, value: cleanText(node.value) }),
};

export const pageLimitMdastPlugins: readonly MdastPluginEntry[] = [
  ({ source }) => (mayNestTooDeep(source) ? nestingLimits : null),
  ({ source }) => (hiddenInRunningText.test(source) || stackedMarks(source) ? textCleanup : null),
];

export const pageLimitHastPlugins: readonly HastPluginEntry[] = [
  {
    name: 'openings-task-list-text',
    element: {
      filter: ['input'],
      visit(node: Readonly<Element>, ctx) {
        ctx.replaceNode(node, { type: 'text', value: node.properties?.['checked'] ? '[x]' : '[ ]' });
      },
    },
  },
];
