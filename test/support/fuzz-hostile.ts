/**
 * Generators of the hostile forms of issue #25, for the property-based
 * tests in test/unit/fuzz-hostile-forms.test.ts: lookalike names built from
 * Unicode's confusables data, piles of combining marks, web addresses with
 * the scheme's slashes and control characters varied, and mailto: links
 * with headers smuggled in every way mail apps read them.
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import unhomoglyph from 'unhomoglyph';

/** Unicode's confusables (UTS #39), as unhomoglyph ships them: character → the ASCII it looks like. */
const confusables = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;

/** For each ASCII letter, the characters from other blocks that look like it, still after NFKC. */
const lookalikes = new Map<string, string[]>();
for (const [char, looksLike] of Object.entries(confusables)) {
  if (!/^[A-Za-z]$/.test(looksLike) || char === looksLike || unhomoglyph(char.normalize('NFKC')) !== unhomoglyph(looksLike)) continue;
  lookalikes.set(looksLike, [...(lookalikes.get(looksLike) ?? []), char]);
}

const fictionalNames = ['Rivermint', 'Quietfield Labs', 'Hostile Twin Co', 'Saltglass Studio', 'Ninebark Learning'] as const;

/**
 * A fictional company name, and the same name in another case with one to
 * three letters swapped for characters the confusables data says look like
 * them (a case change after the swap could leave the data's pairs).
 */
export const lookalikeName = fc
  .tuple(
    fc.constantFrom(...fictionalNames),
    fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    fc.nat(),
    fc.constantFrom('as is', 'upper', 'lower'),
  )
  .map(([name, picks, seed, casing]) => {
    const chars = [...(casing === 'upper' ? name.toUpperCase() : casing === 'lower' ? name.toLowerCase() : name)];
    const swappable = chars.flatMap((char, i) => (lookalikes.has(char) ? [i] : []));
    for (const pick of picks) {
      const at = swappable[pick % swappable.length]!;
      const options = lookalikes.get(chars[at]!) ?? [];
      if (options.length) chars[at] = options[(pick + seed) % options.length]!;
    }
    return { name, copy: chars.join('') };
  })
  .filter(({ name, copy }) => name !== copy);

const marks = fc.constantFrom(...Array.from({ length: 0x70 }, (_, i) => String.fromCodePoint(0x300 + i)));

/** Words with combining marks piled on some letters: none, a real script's few, or Zalgo's dozens. */
export const markedText = fc
  .array(
    fc
      .tuple(fc.constantFrom('a', 'e', 'Z', 'o', 'n', 'ก', 'ש'), fc.array(marks, { maxLength: 12 }))
      .map(([base, pile]) => base + pile.join('')),
    { minLength: 3, maxLength: 12 },
  )
  .map((letters) => `Engineer ${letters.join('')}`);

const control = fc.constantFrom('', '', '', '\u0000', '\t', '\n', '\u001b', '\u0085', '\u007f');

/** Web addresses with the scheme's slashes, case and backslashes varied, and sometimes a control character inside. */
export const webAddress = fc
  .record({
    scheme: fc.constantFrom('https', 'HTTPS', 'Https', 'http'),
    separator: fc.constantFrom(':', ':/', '://', '://', '://', ':///', ':\\\\', ':/\\', '://\\'),
    host: fc.constantFrom('acme.example', 'evil.example', 'feed.xml', 'acme.example@evil.example', ''),
    path: fc.constantFrom('', '/', '/jobs/1', '/jobs/1?utm_source=x', '/%E2%80%AEgnp.exe', '/a b', '#/jobs/2'),
    control,
    at: fc.nat(),
  })
  .map(({ scheme, separator, host, path, control: char, at }) => {
    const address = `${scheme}${separator}${host}${path}`;
    const index = at % (address.length + 1);
    return address.slice(0, index) + char + address.slice(index);
  });

const recipient = fc.constantFrom('jobs@acme.example', 'thief@evil.example', 'jobs%40acme.example', '');
const fieldName = fc.constantFrom('subject', 'Subject', 'SUBJECT', ' subject', 'body', 'bcc', 'Bcc', 'cc', 'to', 'reply-to', 'x-extra');
const fieldValue = fc.constantFrom(
  'Hello',
  'Backend%20Engineer',
  'a%0D%0Abcc:thief@evil.example',
  'x%26bcc%3Dthief@evil.example',
  'x&bcc=thief@evil.example',
  'x;bcc=thief@evil.example',
  '',
);
const joiner = fc.constantFrom('&', '&', '&', ';', '#', '%26', '#&');

/** mailto: links with one or more recipients and header fields joined in every way a mail app might split them. */
export const mailtoAddress = fc
  .record({
    scheme: fc.constantFrom('mailto:', 'MAILTO:', 'Mailto:'),
    recipients: fc.array(recipient, { minLength: 1, maxLength: 3 }),
    between: fc.constantFrom(',', ';', '%2C', '%3B'),
    fields: fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 4 }),
    joiners: fc.array(joiner, { minLength: 4, maxLength: 4 }),
  })
  .map(({ scheme, recipients, between, fields, joiners }) => {
    const query = fields.map(([name, value], i) => `${i ? joiners[i] : ''}${name}=${value}`).join('');
    return `${scheme}${recipients.join(between)}${query ? `?${query}` : ''}`;
  });

/**
 * Header fields as the most lenient mail app would read them: everything
 * %-decoded, then split at every "?", "&", ";" and "#".
 */
export function lenientHeaders(mailto: string): Array<[string, string]> {
  let decoded = mailto.slice('mailto:'.length);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Keep the raw text: an app that cannot decode it reads it as it is.
  }
  return decoded
    .split(/[?&;#]/)
    .slice(1)
    .flatMap((part): Array<[string, string]> => {
      const at = part.indexOf('=');
      return at < 0 ? [] : [[part.slice(0, at).trim().toLowerCase(), part.slice(at + 1)]];
    });
}
