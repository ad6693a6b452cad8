import { defineConfig } from 'vitest/config';
import { SkipSummaryReporter } from './test/support/skip-summary.ts';

export default defineConfig({
  test: {
    include: ['test/{unit,build,browser}/**/*.test.ts'],
    // Ends the run with a count of the tests skipped for want of Chromium, nginx or Caddy.
    reporters: ['default', new SkipSummaryReporter()],
    // Fixture sites are built once for all build and browser tests.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
