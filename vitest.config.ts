import { defineConfig } from 'vitest/config';
import { SkipSummaryReporter } from './test/support/skip-summary.ts';

const timeouts = { testTimeout: 30_000, hookTimeout: 240_000 };
// The sites that build and browser tests read, built once per run whichever of the two projects run.
const globalSetup = ['test/support/global-setup.ts'];

export default defineConfig({
  test: {
    // Ends the run with a count of the tests skipped for want of Chromium, nginx or Caddy.
    reporters: ['default', new SkipSummaryReporter()],
    projects: [
      // Fast: no site is built for them. Pure modules need no fresh module graph per file, and
      // sharing one saves most of the project's time (loading modules, not running tests).
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, ...timeouts } },
      // The importer against a local ATS server: no site is built for them either.
      { test: { name: 'import', include: ['test/import/**/*.test.ts'], ...timeouts } },
      { test: { name: 'build', include: ['test/build/**/*.test.ts'], globalSetup, ...timeouts } },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup, ...timeouts } },
    ],
  },
});
