/**
 * Turns the bytes of a listing or profile into frontmatter data, the body
 * and a way to find the line of any field. Everything that can go wrong
 * with the file itself (size, encoding, BOM, YAML) becomes a Problem here,
 * so the schema only ever sees well-formed data.
 */
import matter from 'gray-matter';
import { isMap, isSeq, parseDocument, type Document, type DocumentOptions, type SchemaOptions } from 'yaml';
import type { Problem } from './problem.ts';
import { invalidateImpossibleDates, oddKeyOffset } from './yaml-document-checks.ts';

/** Listings are small text files; anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = 100 * 1024;
/** Nesting deeper than this is never a valid listing. */
const MAX_DEPTH = 8;
const tooDeep = `is nested more than ${MAX_DEPTH} levels deep; listings only use flat fields and salary/source groups`;

/**
 * The options Astro's content loader parses frontmatter with
 * (@astrojs/internal-helpers, `parseYaml`): the same parser and the same
 * options, so the validator reads exactly what the build reads. YAML 1.2's
 * core schema; unquoted dates become Dates, as in the build (the schema
 * folds them back to "YYYY-MM-DD"); duplicate keys are errors.
 */
export const buildYamlOptions = { customTags: ['timestamp'], merge: true, schema: 'core' } as const satisfies DocumentOptions &
  SchemaOptions;

/** Characters YAML calls non-printable (lone surrogates aside, which UTF-8 cannot hold): never part of a listing. */
const nonPrintable = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

export interface SourceFile {
  data: Record<string, unknown>;
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
  /** File line of a field path like ['salary', 'currency'] (falls back to its parent, then line 1). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export type ReadResult = { ok: true; source: SourceFile; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * YAML drops everything after " #" as a comment: "title: Engineer #2" becomes
 * "Engineer". Warn, since the editor almost certainly meant the text.
 */
function commentWarnings(file: string, yamlText: string): Problem[] {
  return yamlText.split('\n').flatMap((line, i): Problem[] => {
    const match = /^\s*([A-Za-z][\w.-]*):\s+([^"'\s#[{|>][^#]*?)\s+#/.exec(line);
    if (!match) return [];
    return [
      {
        file,
        line: i + 1,
        field: match[1]!,
        message: `text after " #" is read as a comment and dropped; wrap the whole value in double quotes, like ${match[1]}: "${match[2]} #…"`,
        severity: 'warning',
      },
    ];
  });
}

const fail = (file: string, line: number, field: string, message: string): ReadResult => ({
  ok: false,
  problems: [{ file, line, field, message, severity: 'error' }],
});

function depth(value: unknown, level = 0): number {
  if (level > MAX_DEPTH || value === null || typeof value !== 'object') return level;
  let max = level;
  for (const child of Object.values(value)) max = Math.max(max, depth(child, level + 1));
  return max;
}

export function readSourceFile(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(
      file,
      1,
      'file',
      `is ${Math.round(bytes.byteLength / 1024)} KB; listings must be under ${MAX_FILE_BYTES / 1024} KB. Shorten the description`,
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fail(file, 1, 'file', 'starts with a byte-order mark (BOM); save it as "UTF-8" without BOM');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(file, 1, 'file', 'is not valid UTF-8 text; save it with UTF-8 encoding');
  }
  // The build finds frontmatter by "\n": a file with old Mac line endings (CR only) would lose it there.
  if (/\r(?!\n)/.test(text)) {
    return fail(file, 1, 'file', 'has old Mac line endings (CR only); save it with Unix (LF) or Windows (CRLF) line endings');
  }
  text = text.replace(/\r\n/g, '\n');
  if (!text.startsWith('---\n')) {
    return fail(file, 1, 'frontmatter', 'is missing: start the file with a line "---", the fields, then another "---"');
  }
  // Astro and gray-matter both end the frontmatter at the first line starting with "---"; Astro also at one
  // starting with "+++" (TOML's delimiter). Refuse what would make them differ, or end it where the editor did not mean.
  const end = text.indexOf('\n---', 3);
  if (end < 0) {
    return fail(file, 1, 'frontmatter', 'is not closed: add a line with only "---" after the last field, before the description');
  }
  const toml = text.slice(0, end).indexOf('\n+++', 3);
  if (toml >= 0) {
    const message =
      'has a line starting with "+++", where the site would end the frontmatter; indent it, or wrap the value in double quotes';
    return fail(file, text.slice(0, toml + 1).split('\n').length, 'frontmatter', message);
  }
  const closing = /^---([ \t]*)$/.exec(text.slice(end + 1).split('\n', 1)[0]!);
  if (!closing) {
    return fail(
      file,
      text.slice(0, end + 1).split('\n').length,
      'frontmatter',
      'ends at the first line starting with "---"; make that line only "---"',
    );
  }

  let doc: Document | undefined;
  let oddKey: number | undefined;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        yaml: (yamlText: string) => {
          doc = parseDocument(yamlText, buildYamlOptions);
          // A tag the build's parser does not know ("!foo") fails the build, so it is an error here too.
          const first = doc.errors[0] ?? doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
          if (first) throw first;
          oddKey = oddKeyOffset(doc);
          if (oddKey !== undefined) return {};
          invalidateImpossibleDates(doc);
          // Fewer aliases than the build allows: no "billion laughs".
          return doc.toJS({ maxAliasCount: 20 }) ?? {};
        },
      },
    });
  } catch (error) {
    const yamlError = error as { message?: string; linePos?: [{ line: number }]; code?: string };
    // gray-matter's YAML starts on the opening "---" line, so YAML's line numbers are file lines.
    const message = (yamlError.message ?? 'parse error').split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // YAML finds an unclosed quote where the frontmatter ends; the editor needs the line where it opens.
    const line = (/Missing closing .?quote/i.test(message) && openQuoteLine(text)) || (yamlError.linePos?.[0]?.line ?? 1);
    const reason =
      error instanceof RangeError
        ? tooDeep // the parser ran out of stack on [[[[…]]]]
        : yamlError.code === 'TAG_RESOLVE_FAILED'
          ? unreadableTag(message)
          : yamlError.code === 'DUPLICATE_KEY'
            ? duplicateKeyMessage(text, line)
            : /alias/i.test(message)
              ? 'uses too many YAML aliases (*name); write the values out'
              : /nested mappings|implicit map keys|compact mappings/i.test(message)
                ? 'has a value containing ": " that YAML reads as a new field; wrap the value in double quotes, like title: "Engineer: Data"'
                : notValidYaml(text, line, message);
    return fail(file, line, 'frontmatter', reason);
  }

  // Control characters are never part of a listing, and hide what a value says.
  const control = nonPrintable.exec(parsed.matter);
  if (control) {
    const code = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return fail(
      file,
      parsed.matter.slice(0, control.index).split('\n').length,
      'frontmatter',
      `contains an invisible control character (${code}); delete it`,
    );
  }

  if (oddKey !== undefined) {
    const line = parsed.matter.slice(0, oddKey).split('\n').length;
    return fail(
      file,
      line,
      'frontmatter',
      'has a field name that YAML reads as a list, a group or a date; write field names as words, like title:',
    );
  }

  const data = parsed.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(file, 2, 'frontmatter', 'must be a list of "field: value" lines');
  }
  if (depth(data) > MAX_DEPTH) {
    return fail(file, 2, 'frontmatter', tooDeep);
  }
  const yamlText = parsed.matter;
  const frontmatterLines = yamlText.split('\n').length;
  // Line 1 is the opening "---"; gray-matter's `matter` starts right after it.
  const lineAt = (offset: number) => yamlText.slice(0, offset).split('\n').length;
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc?.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number] } | undefined;
      const parent = n > 1 ? doc?.getIn(path.slice(0, n - 1) as unknown[], true) : doc?.contents;
      // Prefer the key's line over the value's, so "salary:" points at the key.
      if (isMap(parent)) {
        const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[n - 1]);
        const keyRange = (pair?.key as { range?: [number, number] } | undefined)?.range;
        if (keyRange) return lineAt(keyRange[0]);
      }
      if (isSeq(parent) && node?.range) return lineAt(node.range[0]);
      if (node?.range) return lineAt(node.range[0]);
    }
    return 1;
  };

  const warnings = commentWarnings(file, yamlText);
  return {
    ok: true,
    warnings,
    source: {
      data: data as Record<string, unknown>,
      // A closing line with spaces after "---" leaves them, and its line break, at the start of the content.
      body: closing[1] ? parsed.content.replace(/^[ \t]*(\n|$)/, '') : parsed.content,
      bodyLine: frontmatterLines + 2,
      lineOf,
    },
  };
}

const unreadableTag = (reason: string) =>
  `uses a YAML tag the site cannot read (${reason}); remove the tag, or wrap a value starting with "!" in double quotes`;

const afterYamlFix = "The file's fields are checked once it reads";

/** A YAML error at `line` of the file, with what to do about it; until it reads, its fields cannot be checked. */
const notValidYaml = (text: string, line: number, reason: string) =>
  `is not valid YAML (${reason}); ${yamlFixHint(text.split('\n')[line - 1] ?? '', reason)}. ${afterYamlFix}`;

/**
 * What to do about a YAML error on this line. Most come from a value that
 * starts with a character YAML reads as syntax (a quote that closes early,
 * like 'Harbour Master's Assistant', or * & | > ! % @ `), or from a tab.
 */
function yamlFixHint(lineText: string, message: string): string {
  if (/\btabs?\b/i.test(message) || /^\s*\t/.test(lineText)) return 'indent with spaces, not tabs';
  if (/missing closing/i.test(message)) return 'a value that opens a quote must close it with the same mark on the same line';
  const field = /^\s*(?:-\s+)?([A-Za-z][\w-]*):\s*(\S)/.exec(lineText);
  const [key, first] = [field?.[1], field?.[2]];
  if (first === "'") return `an apostrophe ends a value in single quotes: put the whole value in double quotes instead, like ${key}: "…"`;
  if (first === '"') return `inside double quotes write a " as \\", like ${key}: "The \\"Tide\\" team"`;
  if (first && '*&|>!%@`'.includes(first)) return `a value starting with ${first} needs double quotes around all of it, like ${key}: "…"`;
  return 'check quotes, colons and indentation';
}

/** YAML says only that keys must be unique; name the key and where it first appears. */
function duplicateKeyMessage(text: string, line: number): string {
  const lines = text.split('\n');
  const key = /^(\s*)([^\s:#][^:#]*?)\s*:/.exec(lines[line - 1] ?? '');
  if (!key) return 'has the same field twice; keep one';
  const [, indent, name] = key;
  const first = lines.findIndex((other, i) => i < line - 1 && other.startsWith(`${indent}${name}:`));
  return `has the field ${name} twice${first >= 0 ? ` (lines ${first + 1} and ${line})` : ''}; keep one`;
}

/** The first line with an odd number of double quotes (escaped ones aside), 1-based; undefined if none. */
function openQuoteLine(text: string): number | undefined {
  const index = text.split('\n').findIndex((line) => (line.replace(/\\./g, '').match(/"/g)?.length ?? 0) % 2 === 1);
  return index >= 0 ? index + 1 : undefined;
}
