import { buildSite, fixture, writeFixtureContent } from './fixture.ts';

/** Builds the fixture board once, at the root and under a sub-path, for every test file. */
export default function setup(): void {
  writeFixtureContent();
  for (const [outDir, base] of [
    [fixture.distRoot, '/'],
    [fixture.distSub, fixture.subBase],
  ] as const) {
    const { status, output } = buildSite({ content: fixture.content, outDir, base });
    if (status !== 0) throw new Error(`Fixture build failed (base ${base}):\n${output}`);
  }
}
