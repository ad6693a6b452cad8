/**
 * Tests that drive a real browser or web server skip, outside CI, when that
 * program is not installed. They skip through these options, which record the
 * missing program in the test's metadata: the skip summary at the end of the
 * run (skip-summary.ts) counts the tests skipped for each program from it.
 */
import type { TestOptions } from 'vitest';

export const TOOLS = {
  chromium: { label: 'Chromium', aptPackage: 'chromium' },
  nginx: { label: 'nginx', aptPackage: 'nginx' },
  caddy: { label: 'Caddy', aptPackage: 'caddy' },
} as const;

export type Tool = keyof typeof TOOLS;

declare module '@vitest/runner' {
  interface TaskMeta {
    /** The program whose absence skipped this test. */
    missingTool?: Tool;
  }
}

/** Options for `describe` or `it`: nothing when `tool` is there, else skip and say which program was missing. */
export function skipWithout(tool: Tool, available: boolean): TestOptions {
  return available ? {} : { skip: true, meta: { missingTool: tool } };
}
