/**
 * mailto: links read the way RFC 6068 writes them, field by field, so no
 * spelling slips a second recipient past the rules. Mail apps disagree on
 * the edges: some take "Subject=" for "subject=", some start headers at
 * "#" or ";", and some use the last of two subjects. So an address may set
 * a subject and a body, once each, and nothing that reads as another header.
 */
import { controlCharacter, hiddenInRunningText, invisibleCharacter, unicodeName } from '../lib/hidden-characters.ts';

export interface Mailto {
  /** The one recipient, decoded. */
  to: string;
  subject?: string;
  body?: string;
}

export type MailtoResult = { ok: true; mailto: Mailto } | { ok: false; problem: string };

/** A header name after a separator, as a lenient mail app would start a new field there ("&bcc=", ";cc="). */
const headerInValue = /[?&;#]\s*(?:to|cc|bcc|from|reply-to|sender|subject|body|in-reply-to|references)\s*=/i;
const mailbox = /^[^@\s<>()[\]",;:\\]+@[^@\s<>()[\]",;:\\]+\.[^@\s<>()[\]",;:\\.][^@\s<>()[\]",;:\\]*$/;

/** Percent-decoded text, or undefined when its escapes are not UTF-8. */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** `value` is the whole address, "mailto:…"; problems quote nothing, so callers add the address. */
export function parseMailto(value: string): MailtoResult {
  const fail = (problem: string): MailtoResult => ({ ok: false, problem });
  if (!/^mailto:/i.test(value)) return fail('malformed');
  const rest = value.slice('mailto:'.length);
  if (rest.includes('#')) return fail('has a "#" part, which some mail apps read as more fields; remove it');
  const [rawTo = '', query] = splitOnce(rest, '?');
  const to = safeDecode(rawTo);
  if (to === undefined) return fail('malformed');
  const hiddenInAddress = controlCharacter.exec(to)?.[0] ?? invisibleCharacter.exec(to)?.[0];
  if (hiddenInAddress) return fail(`hides a character you cannot see (${unicodeName(hiddenInAddress)}) in its address; retype it`);
  if (/[,;]/.test(to)) return fail('names more than one address; a mailto: link may name one, so applications go to one mailbox');
  if (!mailbox.test(to)) return fail('malformed');
  const mailto: Mailto = { to };
  for (const field of query === undefined ? [] : query.split('&')) {
    const [rawName = '', rawValue] = splitOnce(field, '=');
    const name = safeDecode(rawName)?.trim().toLowerCase();
    const decoded = rawValue === undefined ? undefined : safeDecode(rawValue);
    if (name !== 'subject' && name !== 'body') {
      return fail(
        `carries ${rawName || 'an empty field'}; a mailto: link may only set a subject and body, so applications go to one mailbox`,
      );
    }
    if (decoded === undefined) return fail('malformed');
    if (mailto[name] !== undefined) return fail(`sets the ${name} twice; mail apps disagree on which one counts, so keep one`);
    if (headerInValue.test(decoded) || headerInValue.test(rawValue ?? '')) {
      return fail(`has what reads as another mail field in its ${name}; some mail apps would add a recipient there`);
    }
    // A body may run over several lines; a subject is one header line.
    const control = controlCharacter.exec(name === 'body' ? decoded.replace(/\r?\n|\t/g, '') : decoded)?.[0];
    if (control && name === 'subject' && /[\r\n]/.test(control)) return fail('has a line break in its subject; remove the %0A or %0D');
    if (control) return fail(`hides a control character (${unicodeName(control)}) in its ${name}; remove it`);
    const hidden = hiddenInRunningText.exec(decoded)?.[0];
    if (hidden) return fail(`hides an invisible character (${unicodeName(hidden)}) in its ${name}; remove it`);
    mailto[name] = decoded;
  }
  return { ok: true, mailto };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
