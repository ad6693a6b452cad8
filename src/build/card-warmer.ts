/**
 * The social-card warmer (../social/warm-cache.ts) in a process of its own,
 * beside Astro: it paints cards into the cache on the core Astro leaves
 * idle. Its report waits until it is stopped, so it never lands in the
 * middle of one of Astro's lines.
 */
import { startModule } from './node-process.ts';
import { exited } from './exited.ts';

export function startCardWarmer(): { stop: () => Promise<void> } {
  const warmer = startModule(new URL('../social/warm-cache.ts', import.meta.url), ['ignore', 'pipe', 'inherit']);
  const report: Buffer[] = [];
  warmer.stdout!.on('data', (chunk: Buffer) => report.push(chunk));
  const done = exited(warmer);
  return {
    stop: async () => {
      warmer.kill();
      await done;
      for (const chunk of report) process.stdout.write(chunk);
    },
  };
}
