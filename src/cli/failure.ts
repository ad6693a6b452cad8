/**
 * How a command's logic stops the command: it throws CommandFailure, and
 * the entry script (scripts/) prints the message and exits with the code.
 * The logic stays a function the entry calls, not a script that exits.
 */
export class CommandFailure extends Error {
  readonly exitCode: number;

  /** An empty message: the reason is already on the screen. */
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Runs a command's logic; a CommandFailure becomes its message on stderr and its exit code. */
export async function exitOnFailure(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    if (error.message) console.error(error.message);
    process.exit(error.exitCode);
  }
}
