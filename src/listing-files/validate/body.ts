/**
 * Checks a markdown description the way the site renders it (Sätteri):
 * raw HTML, images and unsafe links are errors with a markdown alternative,
 * an empty description is an error and a very short one a warning. Text
 * that would make a page unusable is an error too: control characters,
 * characters that reorder or hide words, marks stacked over the lines
 * around them, nesting deeper than anyone writes (the page's own HTML
 * check runs out of stack on thousands of levels), and "words" so long that
 * a phone's browser takes seconds to lay the page out.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { isSafeLinkUrl } from '../../lib/safe-url.ts';
import { longestUnbreakableRun } from '../../lib/line-breaks.ts';
import { markdownFeatures } from '../../markdown/sanitize.ts';
import { blockNesting, inlineNesting, MAX_BLOCK_NESTING, MAX_INLINE_NESTING } from '../../markdown/page-limits.ts';
import { quote } from '../../schema/messages.ts';
import { hiddenInRunningText, stackedMarks, stackedMarksMessage, unicodeName } from '../../lib/hidden-characters.ts';
import { countLabel } from '../../lib/plural.ts';
import type { Problem } from '../problem.ts';

/** Below this many characters of text a listing rarely tells applicants enough. */
export const MIN_DESCRIPTION_CHARS = 300;
/** Longer than any real word or link; a 100 000-character one took a phone-sized Chromium 29 s to lay out. */
export const MAX_WORD_CHARS = 300;

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Blocks whose inline content is laid out as one run of lines: a word can span their text, code and emphasis. */
const lineBlocks = new Set(['paragraph', 'heading', 'tableCell']);

type Node = MdastNode & { children?: Node[]; value?: string; url?: string; alt?: string; position?: { start: { line: number } } };

export interface BodyRules {
  /** Length rules (empty, short) apply to job descriptions; a company's about text may be blank. */
  length: boolean;
}

export function checkBody(file: string, body: string, bodyLine: number, rules: BodyRules = { length: true }): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node) => bodyLine + (node.position?.start.line ?? 1) - 1;
  const error = (node: Node, message: string) => problems.push({ file, line: at(node), field: 'description', message, severity: 'error' });
  let textLength = 0;
  const htmlLines = new Set<number>();
  let tooDeep = false;
  let longWordReported = false;

  problems.push(...characterProblems(file, body, bodyLine));

  // An explicit stack, not recursion: a 100 KB file of "> " nests 50,000 levels deep.
  type Item = { node: Node; blocks: number; inline: number };
  const stack: Item[] = [{ node: markdownToMdast(body, { features: markdownFeatures }) as Node, blocks: 0, inline: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node } = item;
    const blocks = item.blocks + (blockNesting.has(node.type) ? 1 : 0);
    const inline = item.inline + (inlineNesting.has(node.type) ? 1 : 0);
    if (blocks > MAX_BLOCK_NESTING || inline > MAX_INLINE_NESTING) {
      if (!tooDeep) {
        error(
          node,
          blocks > MAX_BLOCK_NESTING
            ? `nests quotes or lists more than ${MAX_BLOCK_NESTING} levels deep; flatten it`
            : `nests emphasis, bold, strikethrough or links more than ${MAX_INLINE_NESTING} levels deep; flatten it`,
        );
      }
      tooDeep = true;
      continue;
    }
    if (!longWordReported && (lineBlocks.has(node.type) || node.type === 'code')) {
      const longest = longestWord(node);
      if (longest > MAX_WORD_CHARS) {
        longWordReported = true;
        error(
          node,
          `has a word of ${countLabel(longest, 'character')}; break it up (no word or link may be over ${MAX_WORD_CHARS} characters)`,
        );
      }
    }
    switch (node.type) {
      case 'html':
        // One report per line: "<b>bold</b>" is one mistake, not two.
        if (htmlLines.has(at(node))) break;
        htmlLines.add(at(node));
        error(
          node,
          `contains raw HTML (${JSON.stringify((node.value ?? '').slice(0, 40))}); use markdown instead: ## Heading, **bold**, - list item, [text](https://…)`,
        );
        break;
      case 'image':
      case 'imageReference':
        error(node, 'contains an image; images are not shown in descriptions. Remove it (a company logo belongs in the company profile)');
        break;
      case 'link':
      case 'definition':
        if (!isSafeLinkUrl(node.url)) {
          error(node, `has a link to ${quote(node.url ?? '')}; links must start with https://, http:// or mailto:`);
        }
        break;
      case 'text':
      case 'inlineCode':
      case 'code':
        textLength += (node.value ?? '').trim().length;
        break;
    }
    // Children in reverse, so they come off the stack in document order.
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, blocks, inline });
  }

  if (!rules.length) return problems;
  if (textLength === 0 && !tooDeep) {
    problems.push({
      file,
      line: bodyLine,
      field: 'description',
      message: 'is empty; below the frontmatter, say what the role does, who you are looking for, pay and how you hire',
      severity: 'error',
    });
  } else if (textLength < MIN_DESCRIPTION_CHARS) {
    problems.push({
      file,
      line: bodyLine,
      field: 'description',
      message: `is short (${countLabel(textLength, 'character')}); aim for at least ${MIN_DESCRIPTION_CHARS}: what the role does, who you are looking for, pay and how you hire`,
      severity: 'warning',
    });
  }
  return problems;
}

/**
 * Characters that are wrong anywhere in a description, each reported once on
 * its line. The control class leaves out tab, LF and CR, so CRLF files pass;
 * lines are only counted on a hit.
 */
function characterProblems(file: string, body: string, bodyLine: number): Problem[] {
  const lineOf = (text: string, index: number) => bodyLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
  const found: Array<{ line: number; message: string }> = [];
  const control = controlCharacter.exec(body);
  if (control)
    found.push({ line: lineOf(body, control.index), message: `contains a control character (${unicodeName(control[0])}); delete it` });
  const hidden = hiddenInRunningText.exec(body);
  if (hidden) {
    found.push({
      line: lineOf(body, hidden.index),
      message: `contains an invisible or direction-changing character (${unicodeName(hidden[0])}), which can make text read differently than it is ("gnp.exe" as "exe.png"); delete it`,
    });
  }
  const pile = stackedMarks(body);
  if (pile) found.push({ line: lineOf(body.normalize('NFC'), pile.index), message: stackedMarksMessage(pile.count) });
  return found.map(({ line, message }) => ({ file, line, field: 'description', message, severity: 'error' }));
}

/** The longest unbreakable run in a block's text as the page lays it out: its text, code, link text and image alt text joined. */
function longestWord(block: Node): number {
  const pieces: string[] = [];
  let length = 0;
  const stack: Node[] = [block];
  // Bounded by the nesting limits above: a block deeper than them is reported before its words.
  for (let node = stack.pop(); node; node = stack.pop()) {
    const piece = node.type === 'break' ? '\n' : node.type === 'image' || node.type === 'imageReference' ? (node.alt ?? '') : node.value;
    if (piece) {
      pieces.push(piece);
      length += piece.length;
    }
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  // A run cannot be longer than the text it is in: most blocks need no line breaking at all.
  return length > MAX_WORD_CHARS ? longestUnbreakableRun(pieces.join('')) : 0;
}
