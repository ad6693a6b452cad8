/** The import summary is the pull request's body: postings' text must not become links, images, HTML or mentions there. */
import { describe, expect, it } from 'vitest';
import { markdownToMdast } from 'satteri';
import { formatJson, formatMarkdown, markdownText } from '../../src/import/summary.ts';
import type { ImportReport } from '../../src/import/run.ts';

const report: ImportReport = {
  date: '2026-11-25',
  companies: [
    {
      company: 'oakhollow',
      profile: 'content/companies/oakhollow.md',
      service: 'greenhouse',
      board: 'oakhollow',
      entries: [
        { action: 'added', file: 'content/jobs/a-oakhollow.md', posting: { id: '1', title: 'A' } },
        {
          action: 'added',
          file: 'content/jobs/b-oakhollow.md',
          posting: { id: '2', title: 'B' },
          draft: 'the location "Remote" says no country',
        },
        { action: 'unchanged', file: 'content/jobs/c-oakhollow.md', posting: { id: '3', title: 'C' } },
        { action: 'closed', file: 'content/jobs/d-oakhollow.md', posting: { id: '4', title: 'D' }, reason: 'is no longer on Greenhouse' },
        {
          action: 'skipped',
          posting: { id: '5', title: '<img src=https://t.example/p.gif> [click](javascript:alert(1)) @everyone **bold**' },
          reason: 'is already listed in content/jobs/e.md (the same apply link)',
        },
      ],
    },
    {
      company: 'saltmarsh',
      profile: 'content/companies/saltmarsh.md',
      service: 'lever',
      board: 'saltmarsh',
      error: 'Lever has no board "saltmarsh" (HTTP 404)',
      entries: [],
    },
  ],
};

function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const stack = [markdownToMdast(markdown) as { type: string; children?: unknown[] }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    types.add(node.type);
    stack.push(...((node.children ?? []) as { type: string; children?: unknown[] }[]));
  }
  return types;
}

describe('import summary', () => {
  it('counts per company and overall, lists what changed, and says which board failed', () => {
    const text = formatMarkdown(report);
    expect(text).toContain('2 added, 0 updated, 1 closed, 1 unchanged, 1 skipped from 2 boards; **1 failed**.');
    expect(text).toContain('### `oakhollow` (Greenhouse board `oakhollow`)');
    expect(text).toContain('- Added `content/jobs/b-oakhollow.md`, as a **draft**: the location "Remote" says no country');
    expect(text).toContain('- Closed `content/jobs/d-oakhollow.md`: is no longer on Greenhouse');
    expect(text).not.toContain('c-oakhollow.md');
    expect(text).toContain('**Failed:** Lever has no board "saltmarsh" (HTTP 404)');
  });

  it('renders a hostile title as plain text: no HTML, image, link, emphasis or mention', () => {
    const line = formatMarkdown(report)
      .split('\n')
      .find((l) => l.startsWith('- Skipped'))!;
    const types = nodeTypes(line);
    for (const type of ['html', 'image', 'link', 'strong', 'emphasis']) expect(types.has(type), type).toBe(false);
    expect(line).toContain('@\u2060everyone');
    expect(markdownText('a\nb')).toBe('a b');
  });

  it('gives tools the same report as JSON', () => {
    const json = JSON.parse(formatJson(report)) as {
      totals: Record<string, number>;
      failed: number;
      companies: { counts: Record<string, number> }[];
    };
    expect(json.totals).toEqual({ added: 2, updated: 0, closed: 1, unchanged: 1, skipped: 1 });
    expect(json.failed).toBe(1);
    expect(json.companies[0]!.counts.added).toBe(2);
  });
});
