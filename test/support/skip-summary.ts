/**
 * A Vitest reporter that ends the run with one line saying how many tests
 * were skipped because Chromium, nginx or Caddy is not installed, and the
 * command that installs them. Without it those skips hide among the passes.
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { TOOLS, type Tool } from './missing-tool.ts';

/** How many tests each missing program skipped, in the order of TOOLS; programs that skipped none are left out. */
export function skipsByTool(modules: readonly TestModule[]): Map<Tool, number> {
  const found = new Map<Tool, number>();
  for (const module of modules) {
    for (const test of module.children.allTests('skipped')) {
      const tool = test.meta().missingTool;
      if (tool) found.set(tool, (found.get(tool) ?? 0) + 1);
    }
  }
  return new Map((Object.keys(TOOLS) as Tool[]).filter((tool) => found.has(tool)).map((tool) => [tool, found.get(tool)!]));
}

const tests = (n: number) => `${n} test${n === 1 ? '' : 's'}`;

function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The closing line, or undefined when nothing was skipped for want of a program. */
export function skipSummary(skips: ReadonlyMap<Tool, number>): string | undefined {
  if (skips.size === 0) return undefined;
  const total = [...skips.values()].reduce((sum, n) => sum + n, 0);
  const missing = list([...skips].map(([tool, n]) => `${TOOLS[tool].label} (${tests(n)})`));
  const packages = [...skips.keys()].map((tool) => TOOLS[tool].aptPackage).join(' ');
  const orPath = skips.has('chromium') ? ' (or point CHROMIUM_PATH at a Chromium)' : '';
  return `⚠ Skipped ${tests(total)} for want of ${missing}. To run them: sudo apt-get install -y ${packages}${orPath}`;
}

export class SkipSummaryReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: readonly TestModule[]): void {
    const line = skipSummary(skipsByTool(modules));
    if (line) this.vitest?.logger.log(`\n${line}\n`);
  }
}
