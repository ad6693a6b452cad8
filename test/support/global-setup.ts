import { join } from 'node:path';
import { buildSite, fixture, ROOT, writeFixtureContent } from './fixture.ts';

/**
 * Builds, once for every test file: the fixture board at the root and under
 * a sub-path, and the real sample content (for site-wide quality checks).
 */
export default function setup(): void {
  writeFixtureContent();
  for (const [content, outDir, base] of [
    [fixture.content, fixture.distRoot, '/'],
    [fixture.content, fixture.distSub, fixture.subBase],
    [join(ROOT, 'content'), fixture.distSample, '/'],
  ] as const) {
    const { status, output } = buildSite({ content, outDir, base });
    if (status !== 0) throw new Error(`Build of ${content} failed (base ${base}):\n${output}`);
  }
}
