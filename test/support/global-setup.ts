import { writeFileSync } from 'node:fs';
import { buildSite, fixture, writeFixtureContent, writeSampleContent } from './fixture.ts';
import { buildHostileSite } from './hostile.ts';

/**
 * Marks the sites as built in this run. Both the build and the browser
 * project name this file as their global setup, and Vitest runs each project's
 * in the one main process: the second finds the mark on globalThis and builds
 * nothing again. A later run is a new process without the mark, so it never
 * trusts sites left from an earlier run, built from older code.
 */
const BUILT_THIS_RUN = Symbol.for('openings.fixture-sites-built');

/**
 * Builds, once before the build and browser tests: the fixture board at the
 * root and under a sub-path (with a search index in parts), the real sample
 * content as it stood on BUILD_DATE (writeSampleContent), for site-wide
 * quality checks (with per-job social cards off), and the hostile listings that pass the schema.
 */
export default function setup(): void {
  const run = globalThis as { [BUILT_THIS_RUN]?: true };
  if (run[BUILT_THIS_RUN]) return;
  writeFixtureContent();
  for (const [content, outDir, base, extraEnv] of [
    [fixture.content, fixture.distRoot, '/', {}],
    // The sub-path build also splits its search index into parts and caps its lists early, as a board of more than 10 000 jobs would.
    [
      fixture.content,
      fixture.distSub,
      fixture.subBase,
      { SEARCH_PART_SIZE: String(fixture.subSearchPartSize), LIST_PAGE_LIMIT: String(fixture.subListPageLimit) },
    ],
    // The sample board shares the board's image from every page (socialCards: 'board'); the fixture builds paint a card per job.
    [writeSampleContent(), fixture.distSample, '/', { SOCIAL_CARDS: 'board' }],
  ] as const) {
    const { status, output } = buildSite({ content, outDir, base, extraEnv });
    if (status !== 0) throw new Error(`Build of ${content} failed (base ${base}):\n${output}`);
    if (outDir === fixture.distSample) writeFileSync(fixture.sampleBuildLog, output);
  }
  buildHostileSite();
  run[BUILT_THIS_RUN] = true;
}
