import { buildSite, fixture, writeFixtureContent, writeSampleContent } from './fixture.ts';

/**
 * Builds, once for every test file: the fixture board at the root and under
 * a sub-path (with a search index in parts), and the real sample content as it stood on BUILD_DATE
 * (writeSampleContent), for site-wide quality checks.
 */
export default function setup(): void {
  writeFixtureContent();
  for (const [content, outDir, base, extraEnv] of [
    [fixture.content, fixture.distRoot, '/', {}],
    // The sub-path build also splits its search index into parts, as a board of more than 10 000 jobs would.
    [fixture.content, fixture.distSub, fixture.subBase, { SEARCH_PART_SIZE: String(fixture.subSearchPartSize) }],
    [writeSampleContent(), fixture.distSample, '/', {}],
  ] as const) {
    const { status, output } = buildSite({ content, outDir, base, extraEnv });
    if (status !== 0) throw new Error(`Build of ${content} failed (base ${base}):\n${output}`);
  }
}
