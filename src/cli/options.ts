/**
 * Command-line options for the Node scripts. A mistyped option ("--jsn")
 * gets one line saying so and how to ask for help, never Node's stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseOptions<T extends ParseArgsConfig>(config: T, help: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${help}`);
    process.exit(2);
  }
}
