/** Markdown rendered with the site's sanitising plugins, as job and company pages render it, for tests that need no build. */
import { markdownToHtml } from 'satteri';
import { markdownFeatures, sanitizeHastPlugins, sanitizeMdastPlugins } from '../../src/markdown/sanitize.ts';

export function renderMarkdown(markdown: string): string {
  const result = markdownToHtml(markdown, {
    mdastPlugins: sanitizeMdastPlugins,
    hastPlugins: sanitizeHastPlugins,
    features: markdownFeatures,
  });
  // The types allow a promise for asynchronous plugins; the site's are synchronous.
  if (result instanceof Promise) throw new Error('the sanitising plugins became asynchronous');
  return result.html;
}
