import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exited } from './exited.ts';

/** A module of this project run in a Node process of its own (the pinned Node runs TypeScript directly). */
export function startModule(module: URL, stdio: StdioOptions, args: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [fileURLToPath(module), ...args], { stdio });
}

/** Runs a module in its own process and resolves with its exit status. */
export const runModule = (module: URL, stdio: StdioOptions = 'inherit', args: readonly string[] = []) =>
  exited(startModule(module, stdio, args));
