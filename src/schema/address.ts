/** Web and e-mail addresses: where to apply, a company's site, where a job was first posted. */
import { z } from 'astro/zod';
import { parseMailto } from './mailto.ts';
import { quote } from './messages.ts';
import { controlCharacter, invisibleCharacter, unicodeName } from '../lib/hidden-characters.ts';

/** An address with one of these schemes; `example` shows a good one in messages. Valid addresses come out normalised (`normalisedAddress`). */
export function urlWithSchemes(schemes: readonly string[], example: string) {
  const allowed = schemes.map((s) => `${s}:`).join(' or ');
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is required: use a ${allowed} address like ${example}`
          : `must be a ${allowed} address like ${example}`,
    })
    .trim()
    .superRefine((value, ctx) => {
      const problem = addressProblem(value, schemes);
      if (!problem) return;
      const message =
        problem === 'malformed' ? `${quote(value)} is not a ${allowed} address; write a full address like ${example}` : problem;
      ctx.addIssue({ code: 'custom', message, input: value });
    })
    .transform(normalisedAddress);
}

/**
 * An address as the site stores and links it: the URL parser's own
 * spelling (lower-case scheme and host, %-escapes where they belong), so
 * what the page links is exactly what the rules checked. "MAILTO:" and
 * "HTTPS:" are valid, but the site tells e-mail from web links by the scheme.
 */
export function normalisedAddress(value: string): string {
  const url = new URL(value);
  // "https://acme.example" stays as written: the parser's added "/" changes nothing a browser does.
  const bareOrigin = url.pathname === '/' && !url.search && !url.hash && !value.endsWith('/');
  return bareOrigin ? url.href.slice(0, -1) : url.href;
}

/**
 * What is wrong with an address, if anything ('malformed' when it is no
 * address at all). Beyond being well formed: a web address must spell out
 * "https://" and a host, because a browser reads "https:evil.example/x" or
 * "https:/x" on an https page as a path on the board itself; a user name
 * before the host ("https://acme.example@evil.example/") hides where a link
 * goes; and characters nobody can see, raw or %-escaped, hide what it says.
 */
export function addressProblem(value: string, schemes: readonly string[]): string | undefined {
  // YAML escapes ("\0", "\x1b") reach here; the URL parser would quietly drop tabs and line breaks.
  const control = controlCharacter.exec(value)?.[0];
  if (control) return `${quote(value)} contains a control character (${unicodeName(control)}); delete it`;
  // Browsers read "\" as "/", so "https://evil.example\@acme.example/" goes to evil.example.
  if (value.includes('\\')) return `${quote(value)} contains a backslash, which browsers read as "/"; write the address with "/" only`;
  if (/^http:/i.test(value) && schemes.includes('https'))
    return `${quote(value)} is not secure; use https:// (browsers warn on http: pages), like ${value.replace(/^http:\/*/i, 'https://')}`;
  if (/^https:/i.test(value) && schemes.includes('https') && !/^https:\/\/[^/?#@]/i.test(value))
    return `${quote(value)} does not start with "https://" and a host, so browsers would read it as a page on this board; write it like ${value.replace(/^https:\/*/i, 'https://')}`;
  if (!URL.canParse(value)) return 'malformed';
  const url = new URL(value);
  if (!schemes.includes(url.protocol.slice(0, -1))) return 'malformed';
  if (url.protocol === 'mailto:') {
    const parsed = parseMailto(value);
    return parsed.ok ? undefined : parsed.problem === 'malformed' ? 'malformed' : `${quote(value)} ${parsed.problem}`;
  }
  // A space is not part of a web address: URL() quietly makes it %20, which often reaches no page ("…/careers/data engineer").
  if (/\s/.test(value)) return `${quote(value)} contains a space; copy the address from the browser's address bar, or write spaces as %20`;
  if (!/\.[^.]/.test(url.hostname)) return 'malformed';
  if (url.username || url.password)
    return `${quote(value)} names a user before the host (…@); link straight to the site, like https://${url.hostname}${url.pathname}`;
  const hidden = hiddenWhenDecoded(`${url.pathname}${url.search}${url.hash}`);
  if (hidden) return `${quote(value)} hides a character you cannot see (${unicodeName(hidden)}) behind a %-escape; remove it`;
  return undefined;
}

/** An invisible, direction or control character that %-escapes in an address turn into, as browsers show the address. */
function hiddenWhenDecoded(encoded: string): string | undefined {
  for (const [run] of encoded.matchAll(/(?:%[0-9a-f]{2})+/gi)) {
    // Not decodeURIComponent: one broken escape in a run must not hide the characters around it.
    const bytes = Uint8Array.from(run.slice(1).split('%'), (hex) => parseInt(hex, 16));
    const decoded = new TextDecoder().decode(bytes);
    const hidden = controlCharacter.exec(decoded)?.[0] ?? invisibleCharacter.exec(decoded)?.[0];
    if (hidden) return hidden;
  }
  return undefined;
}

/** A web address, https only. */
export const httpsUrl = urlWithSchemes(['https'], 'https://example.com/careers');
