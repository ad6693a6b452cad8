/**
 * Checks a markdown description the way the site renders it (Sätteri):
 * raw HTML, images and unsafe links are errors with a markdown alternative,
 * an empty description is an error and a very short one a warning. Text
 * that would make a page unusable is an error too: control characters,
 * quotes or lists nested deeper than anyone writes, and "words" so long that
 * a phone's browser takes seconds to lay the page out.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { isSafeLinkUrl } from '../../lib/safe-url.ts';
import { markdownFeatures } from '../../markdown/sanitize.ts';
import { quote } from '../../schema/messages.ts';
import { countLabel } from '../../lib/plural.ts';
import type { Problem } from '../problem.ts';

/** Below this many characters of text a listing rarely tells applicants enough. */
export const MIN_DESCRIPTION_CHARS = 300;
/** Quotes and lists inside each other; real descriptions use two or three. */
export const MAX_NESTING = 6;
/** Longer than any real word or link; a 100 000-character one took a phone-sized Chromium 29 s to lay out. */
export const MAX_WORD_CHARS = 300;

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const nests = new Set(['blockquote', 'list']);

type Node = MdastNode & { children?: Node[]; value?: string; url?: string; position?: { start: { line: number } } };

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
  // A text node is a piece of the body (entities only shrink it), so a body without a long word needs no check per node.
  let longWordReported = !hasLongWord(body);

  // The character class leaves out tab, LF and CR, so CRLF files pass; lines are only counted on a hit.
  const control = controlCharacter.exec(body);
  if (control) {
    problems.push({
      file,
      line: bodyLine + (body.slice(0, control.index).match(/\n/g)?.length ?? 0),
      field: 'description',
      message: `contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); delete it`,
      severity: 'error',
    });
  }

  // An explicit stack, not recursion: a 100 KB file of "> " nests 50,000 levels deep.
  const stack: { node: Node; depth: number }[] = [{ node: markdownToMdast(body, { features: markdownFeatures }) as Node, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node } = item;
    const depth = item.depth + (nests.has(node.type) ? 1 : 0);
    if (depth > MAX_NESTING) {
      if (!tooDeep) error(node, `nests quotes or lists more than ${MAX_NESTING} levels deep; flatten it`);
      tooDeep = true;
      continue;
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
      case 'code': {
        const value = node.value ?? '';
        textLength += value.trim().length;
        if (!longWordReported && hasLongWord(value)) {
          longWordReported = true;
          const longest = value.split(/\s+/).reduce((max, word) => Math.max(max, word.length), 0);
          error(
            node,
            `has a word of ${countLabel(longest, 'character')}; break it up (no word or link may be over ${MAX_WORD_CHARS} characters)`,
          );
        }
        break;
      }
    }
    // Children in reverse, so they come off the stack in document order.
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, depth });
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

/** Whether a run of more than MAX_WORD_CHARS characters has no space in it. A loop, not a regex: it runs on every text node of every listing. */
function hasLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    run = space ? 0 : run + 1;
    if (run > MAX_WORD_CHARS) return true;
  }
  return false;
}
