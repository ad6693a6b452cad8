/** Web and e-mail addresses: where to apply, a company's site, where a job was first posted. */
import { z } from 'astro/zod';
import { quote } from './messages.ts';

/** An address with one of these schemes; `example` shows a good one in messages. */
export function urlWithSchemes(schemes: readonly string[], example: string) {
  const allowed = schemes.map((s) => `${s}:`).join(' or ');
  return (
    z
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
      // "MAILTO:" and "HTTPS:" are valid, but the site tells e-mail from web links by the scheme.
      .transform((value) => value.replace(/^[a-z]+:/i, (scheme) => scheme.toLowerCase()))
  );
}

/**
 * What is wrong with an address, if anything. Beyond being well formed: a
 * user name before the host ("https://acme.example@evil.example/") hides
 * where a link really goes, and a mailto: link with cc or bcc, or a line
 * break in its subject, would copy applications to someone else's mailbox.
 */
function addressProblem(value: string, schemes: readonly string[]): string | undefined {
  // Browsers read "\" as "/", so "https://evil.example\@acme.example/" goes to evil.example.
  if (value.includes('\\')) return `${quote(value)} contains a backslash, which browsers read as "/"; write the address with "/" only`;
  if (!URL.canParse(value)) return 'malformed';
  const url = new URL(value);
  if (url.protocol === 'http:' && schemes.includes('https'))
    return `${quote(value)} is not secure; use https:// (browsers warn on http: pages), like ${value.replace(/^http:/i, 'https:')}`;
  if (!schemes.includes(url.protocol.slice(0, -1))) return 'malformed';
  if (url.protocol !== 'mailto:') {
    // A space is not part of a web address: URL() quietly makes it %20, which often reaches no page ("…/careers/data engineer").
    if (/\s/.test(value))
      return `${quote(value)} contains a space; copy the address from the browser's address bar, or write spaces as %20`;
    if (!url.hostname.includes('.')) return 'malformed';
    if (url.username || url.password)
      return `${quote(value)} names a user before the host (…@); link straight to the site, like https://${url.hostname}${url.pathname}`;
    return undefined;
  }
  // Decoded, as a mail client reads it: "a@acme.example%2Cb@evil.example" is two recipients.
  const recipients = safeDecode(url.pathname);
  if (recipients === undefined) return 'malformed';
  if (/[,;]/.test(recipients))
    return `${quote(value)} names more than one address; a mailto: link may name one, so applications go to one mailbox`;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(recipients)) return 'malformed';
  const extra = [...url.searchParams.keys()].filter((key) => !['subject', 'body'].includes(key.toLowerCase()));
  if (extra.length)
    return `${quote(value)} carries ${extra.join(', ')}; a mailto: link may only set a subject and body, so applications go to one mailbox`;
  if (/[\r\n]/.test(url.searchParams.get('subject') ?? '')) return `${quote(value)} has a line break in its subject; remove the %0A or %0D`;
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A web address, https only. */
export const httpsUrl = urlWithSchemes(['https'], 'https://example.com/careers');
