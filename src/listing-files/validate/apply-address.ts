/**
 * One key for the apply addresses a reader would call the same, so two open
 * jobs never share one however they are spelt. Web addresses: host case, a
 * leading "www.", a trailing "/", the order of query fields and tracking
 * fields (utm_source, gclid…) do not matter, and neither does a fragment
 * ("#again" opens the same page), except a route of a one-page careers
 * site ("#/jobs/42"). E-mail: the mailbox and the subject, in any case; the
 * body is only a template. The validator and `npm run new` both use it.
 */
import { parseMailto } from '../../schema/mailto.ts';

/** Query fields that say where a visitor came from, never which page they get. */
const trackingField =
  /^(?:utm_\w+|gclid|gclsrc|dclid|gbraid|wbraid|fbclid|msclkid|twclid|ttclid|li_fat_id|igshid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|gh_src|lever-source|lever-origin|trk|trkCampaign)$/i;

export function applyAddressKey(apply: string): string {
  if (/^mailto:/i.test(apply)) {
    const parsed = parseMailto(apply);
    if (!parsed.ok) return apply.toLowerCase();
    const subject = parsed.mailto.subject?.trim().replace(/\s+/g, ' ').toLowerCase();
    return `mailto:${parsed.mailto.to.toLowerCase()}${subject ? `?subject=${subject}` : ''}`;
  }
  const url = new URL(apply);
  url.hostname = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
  if (!/^#[/!]/.test(url.hash)) url.hash = '';
  const fields = [...url.searchParams].filter(([name]) => !trackingField.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(fields).toString();
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return decodeUnreserved(url.href);
}

/** "%7Ejobs" and "~jobs" are one address: escapes of letters, digits and -._~ are undone. */
function decodeUnreserved(href: string): string {
  return href.replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase();
  });
}
