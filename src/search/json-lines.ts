/**
 * JSON Lines that any line reader splits correctly. JSON allows U+2028 and
 * U+2029 raw inside strings, but Node's readline ends a line at them, so a
 * listing holding one would cut its record in two and stop the build.
 * Escaped, they are the same JSON value.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

export function jsonLines(values: readonly unknown[]): string {
  return values.map(jsonLine).join('\n');
}
