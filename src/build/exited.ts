import type { ChildProcess } from 'node:child_process';

/** Resolves with the exit status once the child has exited and its output has all been read ('close', not 'exit'). */
export const exited = (child: ChildProcess) =>
  new Promise<number>((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));
