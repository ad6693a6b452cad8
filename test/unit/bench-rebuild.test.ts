import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { writeContent } from '../../src/bench/generate.ts';
import { applyRebuildChange, countPages, NEW_LISTING_SLUG } from '../../src/bench/rebuild.ts';
import { jobSchema } from '../../src/schema/job.ts';

describe('bench --rebuild', () => {
  it('retitles one listing, adds one posted on the build date and deletes one, leaving valid listings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-rebuild-'));
    try {
      writeContent(dir, { jobs: 4, companies: 2, seed: 3, buildDate: '2026-11-25' });
      const before = readdirSync(join(dir, 'jobs')).sort();
      const change = applyRebuildChange(dir, '2026-11-25');
      const after = readdirSync(join(dir, 'jobs')).sort();
      expect(after).toEqual([...before.slice(0, -1), `${NEW_LISTING_SLUG}.md`].sort());
      expect(change).toContain(before[0]);

      const read = (name: string) => matter(readFileSync(join(dir, 'jobs', name), 'utf8'));
      expect(read(before[0]!).data['title']).toMatch(/ \(updated\)$/);
      const added = read(`${NEW_LISTING_SLUG}.md`);
      expect(added.data['posted']).toBeInstanceOf(Date);
      expect((added.data['posted'] as Date).toISOString().slice(0, 10)).toBe('2026-11-25');
      expect(added.data['apply']).not.toBe(read(before[1]!).data['apply']);
      for (const name of [before[0]!, `${NEW_LISTING_SLUG}.md`]) expect(jobSchema.safeParse(read(name).data).success, name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the job pages Astro copied from its cache and the ones it rendered', () => {
    const lines = [
      '12:00:01   ├─ /jobs/a/index.html (restored)',
      '12:00:01   ├─ /jobs/b/index.html (cached)',
      '12:00:01   ├─ /jobs/c/index.html (+4ms)',
      '\u001b[2m12:00:01\u001b[22m   \u001b[32m├─\u001b[39m \u001b[2m/jobs/d/index.html\u001b[22m \u001b[32m(restored)\u001b[39m',
      '12:00:01   ├─ /categories/design/index.html (+9ms)',
      '12:00:01   ├─ /jobs/page/2/index.html (+3ms)',
      '12:00:01   ├─ /skills/go/index.html (restored)',
      '12:00:01   ├─ /categories/design/feed.xml (+2ms)',
      // Rendered side by side: a page's timing comes after other pages' lines.
      '12:00:02   ├─ /jobs/e/index.html12:00:02   ├─ /companies/x/index.html (restored)',
      '12:00:02   ├─ /jobs/f/index.html (restored) (+31ms) ',
    ].map((text, t) => ({ t, text }));
    expect(countPages(lines)).toEqual({ jobs: { restored: 4, rendered: 2 }, others: { restored: 2, rendered: 2 } });
  });
});
