/**
 * Round 2 of the hostile listings (issue #25), built as if a reviewer had
 * merged them without the validator: one listing must not rename another
 * company's skill, text must not draw over the page or reorder itself, and
 * the pages must still pass the board's own HTML check.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { externalLinkRel } from '../../src/lib/safe-url.ts';
import { MAX_MARKS_PER_CHARACTER } from '../../src/lib/hidden-characters.ts';
import { loadPage, pageFile } from '../support/html.ts';
import { hostileSite } from '../support/hostile.ts';

const { dist, jobs } = hostileSite;

/** Every HTML, XML and JSON file the build wrote: pages, feeds, sitemap and search records. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|xml|json)$/.test(name) ? [path] : [];
  });
}

describe('hostile round 2, built without the validator', () => {
  it('builds the listings the schema accepts, and none it refuses', () => {
    for (const slug of ['skill-airflow-open', 'skill-rename-closed', 'body-zalgo', 'body-rlo-filename', 'emphasis-deep', 'task-list']) {
      expect(jobs, slug).toContain(slug);
    }
    for (const slug of ['title-zalgo', 'apply-single-slash', 'apply-nul-escape', 'apply-mailto-bcc', 'salary-tiny']) {
      expect(jobs, slug).not.toContain(slug);
    }
  });

  it('keeps the open listing’s spelling of a skill on every page and feed, whatever a closed listing writes', () => {
    expect(loadPage(dist, '/skills/airflow/')('h1').text()).toContain('Airflow');
    for (const slug of ['skill-airflow-open', 'skill-rename-closed']) {
      const skills = loadPage(dist, `/jobs/${slug}/`)('a[href="/skills/airflow/"]');
      expect(skills.length, slug).toBeGreaterThan(0);
      skills.each((_, a) => expect(a.attribs['href']).toBe('/skills/airflow/'));
      expect(skills.first().text().trim(), slug).toMatch(/^Airflow\b/);
    }
    const files = textFiles(dist);
    expect(files.some((file) => file.endsWith('.xml'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('ЛОХОТРОН') || text.includes('AIRFLOW'), file).toBe(false);
    }
  });

  it('shows no pile of combining marks and no direction override in descriptions', () => {
    const zalgo = loadPage(dist, '/jobs/body-zalgo/')('.prose').text();
    expect(zalgo).toContain('We are hiring a Z');
    expect(zalgo).not.toMatch(new RegExp(`[\\p{Mn}\\p{Me}]{${MAX_MARKS_PER_CHARACTER + 1}}`, 'u'));
    for (const slug of ['body-rlo-filename', 'emoji-rtl']) {
      const html = readFileSync(pageFile(dist, `/jobs/${slug}/`), 'utf8');
      expect(html, slug).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    expect(loadPage(dist, '/jobs/body-rlo-filename/')('.prose').text()).toContain('portfoliognp.exe');
  });

  it('renders deep emphasis and task lists as pages that pass html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const slug of ['emphasis-deep', 'task-list']) {
      const file = pageFile(dist, `/jobs/${slug}/`);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`));
      expect(messages, slug).toEqual([]);
    }
    const tasks = loadPage(dist, '/jobs/task-list/')('.prose');
    expect(tasks.find('input')).toHaveLength(0);
    expect(tasks.text()).toContain('Shipped the scheduler');
  });

  it('shows Japanese text and a no-break-space run as written', () => {
    expect(loadPage(dist, '/jobs/cjk-paragraph/')('.prose').text()).toContain('私たちは、診療所のための予約システムを作っています。');
    expect(loadPage(dist, '/jobs/nbsp-joined-run/')('.prose').text()).toContain(Array(600).fill('word').join('\u00a0'));
  });

  it('marks company website links like description links', () => {
    const website = loadPage(
      dist,
      '/companies/hostile-co/',
    )('main a[href="https://hostile.example"], main a[href="https://hostile.example/"]');
    expect(website.length).toBe(1);
    expect(website.attr('rel')).toBe(externalLinkRel);
  });
});
