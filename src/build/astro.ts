/**
 * `astro build` in a process of its own, so the pipeline can validate
 * beside it and stop it. Its output can be held back until validation has
 * passed, so an editor sees the validator's verdict first.
 *
 * Astro runs with a V8 heap limit of three quarters of the RAM: Node's
 * default is a few GB whatever the machine, and Astro keeps every listing
 * in memory through the build, so a board of tens of thousands of listings
 * would die with "JavaScript heap out of memory" on a machine with plenty to
 * spare. A limit set in NODE_OPTIONS wins.
 */
import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { exited } from './exited.ts';

const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface AstroBuild {
  /** Resolves with Astro's exit status. */
  done: Promise<number>;
  running: () => boolean;
  /** Prints what was held back, then lets Astro's lines through as they come. */
  release: () => void;
  /** Stops Astro and drops what was held back. */
  stop: () => Promise<void>;
}

export function startAstroBuild(args: readonly string[], options: { holdOutput: boolean }): AstroBuild {
  const userLimit = /--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '');
  const heapFlags = userLimit ? [] : [`--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`];
  // Piped output loses the terminal's colours unless asked for.
  const env = process.stdout.isTTY && !process.env['NO_COLOR'] ? { ...process.env, FORCE_COLOR: '1' } : process.env;
  const astro = spawn(process.execPath, [...heapFlags, astroBin, 'build', ...args], { stdio: ['inherit', 'pipe', 'pipe'], env });

  let running = true;
  const done = exited(astro).finally(() => (running = false));
  let holding = options.holdOutput;
  const held: [NodeJS.WriteStream, Buffer][] = [];
  for (const [from, to] of [
    [astro.stdout!, process.stdout],
    [astro.stderr!, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
  }

  return {
    done,
    running: () => running,
    release: () => {
      holding = false;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    stop: async () => {
      held.length = 0;
      astro.kill();
      await done;
    },
  };
}
