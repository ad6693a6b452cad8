/**
 * How the schema words its errors. Messages are written for editors: they
 * say what is wrong and how to fix it, name the value, and never mention zod.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../lib/suggest.ts';

/** "unknown field salry; did you mean "salary"?; allowed fields: …" */
export function unknownFieldsMessage(keys: readonly string[], allowed: readonly string[]): string {
  return `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}${didYouMean(keys[0], allowed)}; allowed fields: ${allowed.join(', ')}`;
}

/** Long input cut to a readable length: a message must name the value, not repeat 90 KB of it. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as messages quote it: JSON, shortened. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Circular or BigInt: fall through to String().
  }
  return shorten(json ?? String(value));
}

/** A value that does not belong where it was written: missing, or not allowed there. */
export const describeInput = (input: unknown): string => (input === undefined ? 'is missing' : `${quote(input)} is not allowed`);

/** An enum whose error lists the choices and suggests the closest one. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is required; choose one of: ${values.join(', ')}`
        : `${quote(issue.input)} is not ${noun}${didYouMean(issue.input, values)}; choose one of: ${values.join(', ')}`,
  });
}
