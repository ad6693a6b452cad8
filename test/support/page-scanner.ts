/** Scans built pages for anything that could run a stranger's code. */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { pageFile } from './html.ts';

/**
 * Every check a page must pass, whatever content it was built from.
 * Returns one line per violation, so a failure names the page and the markup.
 */
export function violations(dist: string, page: string): string[] {
  const $ = cheerio.load(readFileSync(pageFile(dist, page), 'utf8'));
  const found: string[] = [];
  const where = (el: Parameters<typeof $>[0]) => `${page}: ${$.html(el).slice(0, 160)}`;

  $('script').each((_, el) => {
    const $el = $(el);
    const type = $el.attr('type');
    const src = $el.attr('src');
    if (type === 'module' && src?.startsWith('/_astro/') && $el.text().trim() === '') return;
    if (type === 'application/ld+json' && src === undefined) {
      const json = $el.text();
      if (json.toLowerCase().includes('</script')) found.push(`JSON-LD with a literal "</script": ${where(el)}`);
      try {
        JSON.parse(json);
      } catch {
        found.push(`JSON-LD that does not parse: ${where(el)}`);
      }
      return;
    }
    found.push(`foreign script: ${where(el)}`);
  });
  // (No count of "<script" in the raw source: listing text inside quoted attributes, like og:title, is inert,
  // and cheerio parses with parse5, the same algorithm browsers use, so the elements above are what a browser sees.)

  $('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv="refresh" i]').each((_, el) => {
    found.push(`forbidden element: ${where(el)}`);
  });

  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) found.push(`event handler ${name}: ${where(el)}`);
      if (/^(href|src|action|formaction|xlink:href|srcset|poster|data)$/i.test(name)) {
        // What a browser does to a URL before it reads the scheme.
        const compact = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
        if (/^(javascript|data|vbscript):/.test(compact)) found.push(`${name}=${JSON.stringify(value)}: ${where(el)}`);
      }
    }
  });
  return found;
}
