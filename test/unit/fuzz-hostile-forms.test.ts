/**
 * Property-based tests of the hostile forms of issue #25: whatever mix of
 * lookalike letters, combining marks, slashes, control characters and mail
 * headers a stranger writes, the rules refuse it or let through only what
 * reads the way it looks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookalikeNameProblems, nameSkeletons } from '../../src/listing-files/validate/impersonation.ts';
import { text } from '../../src/schema/text.ts';
import { addressProblem, normalisedAddress } from '../../src/schema/address.ts';
import { parseMailto } from '../../src/schema/mailto.ts';
import { controlCharacter, MAX_MARKS_PER_CHARACTER, stackedMarks } from '../../src/lib/hidden-characters.ts';
import { lenientHeaders, lookalikeName, mailtoAddress, markedText, webAddress } from '../support/fuzz-hostile.ts';
import { runs } from '../support/fuzz.ts';
import { renderMarkdown } from '../support/render-markdown.ts';

const title = text(5, 120, 'the job title');
const markPile = new RegExp(`[\\p{Mn}\\p{Me}]{${MAX_MARKS_PER_CHARACTER + 1}}`, 'u');

const render = renderMarkdown;

describe('hostile forms (property-based)', () => {
  it('refuses a second profile whose name is another’s with lookalike letters or another case', () => {
    fc.assert(
      fc.property(lookalikeName, ({ name, copy }) => {
        expect(
          nameSkeletons(copy).some((key) => nameSkeletons(name).includes(key)),
          `${name} / ${copy}`,
        ).toBe(true);
        const uses = [
          { file: 'content/companies/real.md', line: 2, name, id: 'real' },
          { file: 'content/companies/copy.md', line: 2, name: copy, id: 'copy' },
        ];
        expect(lookalikeNameProblems(uses).map((p) => p.file)).toEqual(['content/companies/real.md', 'content/companies/copy.md']);
      }),
      runs,
    );
  });

  it('lets no title pile more combining marks on a letter than a real script does, nor the renderer draw one', () => {
    let refused = 0;
    fc.assert(
      fc.property(markedText, (value) => {
        const piled = stackedMarks(value) !== undefined;
        if (piled) refused++;
        // Piled marks are refused; an unpiled title may still be refused for another reason (U+034F is invisible).
        if (piled) expect(title.safeParse(value).success, JSON.stringify(value)).toBe(false);
        const html = render(`We hire: ${value}`);
        expect(html.normalize('NFC'), JSON.stringify(value)).not.toMatch(markPile);
      }),
      runs,
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('accepts only web addresses that spell out https:// and a host, with no control character, and stores what it checked', () => {
    let accepted = 0;
    fc.assert(
      fc.property(webAddress, (value) => {
        if (addressProblem(value, ['https', 'mailto']) !== undefined) return;
        accepted++;
        expect(value, JSON.stringify(value)).toMatch(/^https:\/\/[^/?#@\\]/i);
        expect(value).not.toMatch(controlCharacter);
        const url = new URL(value);
        expect(url.protocol).toBe('https:');
        // The host a browser goes to is the one written right after "https://".
        expect(value.slice('https://'.length).toLowerCase().startsWith(url.host)).toBe(true);
        // What is stored is the parser's own spelling of the same address.
        expect(new URL(normalisedAddress(value)).href).toBe(url.href);
        expect(normalisedAddress(normalisedAddress(value))).toBe(normalisedAddress(value));
      }),
      runs,
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('accepts only mailto: links with one recipient, no other addressing field and one subject and body at most, however a mail app splits them', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mailtoAddress, (value) => {
        if (addressProblem(value, ['mailto']) !== undefined) return;
        accepted++;
        const parsed = parseMailto(value);
        expect(parsed.ok, value).toBe(true);
        const headers = lenientHeaders(value);
        // No field that adds a recipient or changes who the mail seems to come from.
        const addressing = ['to', 'cc', 'bcc', 'from', 'reply-to', 'sender'];
        expect(
          headers.filter(([name]) => addressing.includes(name)),
          value,
        ).toEqual([]);
        expect(headers.filter(([name]) => name === 'subject').length, value).toBeLessThanOrEqual(1);
        expect(headers.filter(([name]) => name === 'body').length, value).toBeLessThanOrEqual(1);
        const to = value.slice('mailto:'.length).split('?')[0]!;
        expect(decodeURIComponent(to).split('@')).toHaveLength(2);
        // A body may run over lines (it is only a template); a subject may not.
        expect(
          headers.some(([name, text]) => name === 'subject' && /[\r\n]/.test(text)),
          value,
        ).toBe(false);
      }),
      runs,
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
