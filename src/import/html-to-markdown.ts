/**
 * Job descriptions arrive as HTML written in an ATS editor, and strangers
 * write them. They become markdown through syntax trees (hast-util-from-html,
 * hast-util-to-mdast, mdast-util-to-markdown), never through string
 * replacement, so no tag survives as text the site would parse; our rules
 * run on the trees in between:
 * - scripts, styles, frames, forms, media and images are dropped, with their contents;
 * - links keep only https: and mailto: targets (the site's safe-link rule, minus
 *   plain http:); any other link becomes its text;
 * - headings move down so the first level is ## (the job title is the page's h1);
 * - tables become one paragraph per row, struck text plain text, and control
 *   characters are removed (the validator refuses them).
 * What these rules remove (scripts, handlers, unsafe links, media) is counted,
 * so the summary tells the reviewer. Whatever markdown comes out is then checked with the validator's own body
 * rules before a listing is written (see check.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { isSafeLinkUrl } from '../lib/safe-url.ts';

/** Elements whose whole subtree is dropped: active content, media, and markup that is not text. */
const droppedElements = new Set(
  (
    'script style noscript template iframe frame frameset object embed applet form input button select option ' +
    'optgroup textarea label svg math canvas video audio img picture source track map area head title meta link base dialog'
  ).split(' '),
);
/** Elements replaced by their children: their meaning has no markdown our serialiser writes. */
const unwrappedElements = new Set(['del', 's', 'strike', 'ins', 'u', 'font', 'span', 'center']);
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const headingLevel = /^h([1-6])$/;

/** A link target the importer keeps: https: or mailto:, as the site's rule reads it. */
export function isImportableLink(href: unknown): href is string {
  return isSafeLinkUrl(href) && !/^http:/i.test(href.replace(/[\u0000-\u0020\u007f]/g, ''));
}

export interface HtmlSection {
  /** A heading written above the section (plain text), like Lever's list titles. */
  heading?: string | undefined;
  html: string;
}

/** What the rules take out that a reviewer should hear about: active content, and links and media that go. */
type Removal = 'script' | 'frame' | 'form' | 'handler' | 'javascript' | 'link' | 'image';
const removalNames: Readonly<Record<Removal, readonly [one: string, many: string]>> = {
  script: ['script', 'scripts'],
  frame: ['embedded frame or object', 'embedded frames or objects'],
  form: ['form or form field', 'forms or form fields'],
  handler: ['event handler', 'event handlers'],
  javascript: ['javascript: link', 'javascript: links'],
  link: ['link to neither https: nor mailto: (its text kept)', 'links to neither https: nor mailto: (their text kept)'],
  image: ['image or media element', 'images or media elements'],
};
const removalOfTag: Readonly<Record<string, Removal>> = Object.fromEntries([
  ['script', 'script'],
  ...'iframe frame frameset object embed applet'.split(' ').map((tag) => [tag, 'frame']),
  ...'form input button select textarea'.split(' ').map((tag) => [tag, 'form']),
  ...'img picture video audio canvas svg'.split(' ').map((tag) => [tag, 'image']),
]);
type Removals = Map<Removal, number>;

export interface ConvertedDescription {
  /** The description in markdown; '' when nothing readable is left. */
  markdown: string;
  /** What the rules removed, for the summary ("1 script, 2 event handlers"); undefined when nothing worth saying. */
  removed?: string | undefined;
}

/** HTML sections to markdown, sanitised, with what the sanitising removed. */
export function convertDescription(sections: readonly HtmlSection[]): ConvertedDescription {
  const removals: Removals = new Map();
  const parts = sections.flatMap((section) => {
    const tree = sanitize(fromHtml(section.html, { fragment: true }), removals);
    demoteHeadings(tree);
    const body = serialise(tree);
    if (!body) return [];
    return section.heading?.trim() ? [serialise(headingTree(section.heading.trim())), body] : [body];
  });
  const removed = (Object.keys(removalNames) as Removal[])
    .filter((kind) => removals.has(kind))
    .map((kind) => {
      const count = removals.get(kind)!;
      return `${count.toLocaleString('en')} ${removalNames[kind][count === 1 ? 0 : 1]}`;
    })
    .join(', ');
  return { markdown: parts.join('\n\n'), removed: removed || undefined };
}

/** HTML sections to markdown, sanitised; '' when nothing readable is left. */
export const htmlToMarkdown = (sections: readonly HtmlSection[]): string => convertDescription(sections).markdown;

function headingTree(text: string): HastRoot {
  return {
    type: 'root',
    children: [{ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: text }] }],
  };
}

function serialise(tree: HastRoot): string {
  const mdast = toMdast(tree) as MdastRoot;
  const markdown = toMarkdown(finalPass(mdast) as MdastRoot, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    resourceLink: true,
    listItemIndent: 'one',
  });
  return markdown.trim();
}

/** Children after our rules, counting what goes; an explicit stack, as descriptions can nest deeply. */
function sanitize(root: HastRoot, removals: Removals): HastRoot {
  const stack: { children: (RootContent | ElementContent)[] }[] = [root];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    const next: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        next.push({ type: 'text', value: child.value.replace(controlCharacters, '') });
      } else if (child.type === 'element') {
        const kept = sanitizeElement(child, removals);
        for (const node of kept) {
          next.push(node);
          if (node.type === 'element') stack.push(node);
        }
      }
      // Comments and doctypes are dropped.
    }
    parent.children = next;
  }
  return root;
}

const count = (removals: Removals, kind: Removal) => removals.set(kind, (removals.get(kind) ?? 0) + 1);

function sanitizeElement(element: Element, removals: Removals): ElementContent[] {
  const tag = element.tagName.toLowerCase();
  // hast names handlers in camel case: onmouseover is onMouseOver.
  for (const name of Object.keys(element.properties)) if (/^on/i.test(name)) count(removals, 'handler');
  if (droppedElements.has(tag)) {
    const kind = removalOfTag[tag];
    if (kind) count(removals, kind);
    return [];
  }
  if (unwrappedElements.has(tag)) return element.children;
  if (tag === 'table') return tableRows(element);
  if (tag === 'a') {
    const href: unknown = element.properties['href'];
    if (isImportableLink(href)) return [{ ...element, properties: { href: href.trim() } }];
    const target = typeof href === 'string' ? href.replace(/[\u0000-\u0020\u007f]/g, '') : '';
    if (target) count(removals, /^javascript:/i.test(target) ? 'javascript' : 'link');
    return element.children;
  }
  // No attribute matters to markdown except a link's target: handlers, styles and ids go.
  return [{ ...element, properties: {} }];
}

/** A table as one paragraph per row, its cells joined by " · ". */
function tableRows(table: Element): ElementContent[] {
  const rows: Element[] = [];
  const stack: ElementContent[] = [...table.children];
  for (let node = stack.shift(); node; node = stack.shift()) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'tr') rows.push(node);
    else if (node.tagName !== 'table') stack.unshift(...node.children);
  }
  return rows.map((row) => {
    const cells = row.children.filter((cell): cell is Element => cell.type === 'element' && /^t[dh]$/.test(cell.tagName));
    const children = cells.flatMap((cell, i): ElementContent[] => (i ? [{ type: 'text', value: ' · ' }, ...cell.children] : cell.children));
    return { type: 'element', tagName: 'p', properties: {}, children };
  });
}

/** Moves headings down so the highest one is h2; never up. */
function demoteHeadings(root: HastRoot): void {
  const headings: Element[] = [];
  const stack: (HastRoot | Element)[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (headingLevel.test(child.tagName)) headings.push(child);
      stack.push(child);
    }
  }
  const top = Math.min(...headings.map((h) => Number(headingLevel.exec(h.tagName)![1])));
  const shift = Math.max(0, 2 - top);
  for (const heading of headings) heading.tagName = `h${Math.min(6, Number(headingLevel.exec(heading.tagName)![1]) + shift)}`;
}

/**
 * The markdown tree as the site's sanitiser would leave it, for what the HTML
 * rules above cannot see: no raw HTML, no images, no unsafe link targets.
 */
function finalPass(root: MdastRoot): MdastNodes {
  const stack: MdastNodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('children' in node)) continue;
    const children: MdastNodes[] = [];
    for (const child of node.children as MdastNodes[]) {
      if (child.type === 'html') children.push({ type: 'text', value: child.value });
      else if (child.type === 'image' || child.type === 'imageReference' || child.type === 'definition') continue;
      else if (child.type === 'link' && !isImportableLink(child.url)) children.push(...(child.children as MdastNodes[]));
      else children.push(child);
    }
    (node as { children: MdastNodes[] }).children = children;
    stack.push(...children);
  }
  return root;
}
