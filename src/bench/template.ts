/** Text helpers for the generated files: YAML scalars, "{placeholder}" templates and UTF-8 sizes. */

const utf8 = new TextEncoder();
export const byteLength = (text: string): number => utf8.encode(text).byteLength;

/** YAML scalar: JSON strings are valid YAML double-quoted strings. */
export const yamlString = (value: string): string =>
  /^[A-Za-z0-9][A-Za-z0-9 ,.()/+'’-]*$/.test(value) && !/: |,\s*$/.test(value) ? value : JSON.stringify(value);

/** The template with each {key} replaced by its value; unknown keys stay as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
