/**
 * Checks a markdown description the way the site renders it (Sätteri):
 * raw HTML, images and unsafe links are errors with a markdown alternative,
 * a very short description is a warning.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { isSafeLinkUrl } from '../lib/safe-url.ts';
import { quote } from '../schema/listing.ts';
import type { Problem } from './problem.ts';

/** Below this many characters of text a listing rarely tells applicants enough. */
export const MIN_DESCRIPTION_CHARS = 300;

type Node = MdastNode & { children?: Node[]; value?: string; url?: string; position?: { start: { line: number } } };

export function checkBody(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node) => bodyLine + (node.position?.start.line ?? 1) - 1;
  const error = (node: Node, message: string) => problems.push({ file, line: at(node), field: 'description', message, severity: 'error' });
  let textLength = 0;
  const htmlLines = new Set<number>();

  // An explicit stack, not recursion: a 100 KB file of "> " nests 50,000 levels deep.
  const stack: Node[] = [markdownToMdast(body) as Node];
  for (let node = stack.pop(); node; node = stack.pop()) {
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
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }

  if (textLength < MIN_DESCRIPTION_CHARS) {
    problems.push({
      file,
      line: bodyLine,
      field: 'description',
      message: `is short (${textLength} characters); aim for at least ${MIN_DESCRIPTION_CHARS}: what the role does, who you are looking for, pay and how you hire`,
      severity: 'warning',
    });
  }
  return problems;
}
