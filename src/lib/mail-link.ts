/**
 * mailto: links, encoded as RFC 6068 asks: every field percent-encoded
 * (spaces as %20, since some mail apps show URLSearchParams' "+" as it is)
 * and line breaks as CRLF.
 */
export function mailtoUrl(address: string, fields: { subject: string; body?: string }): string | undefined {
  const to = address.trim();
  if (!to) return undefined;
  const query = Object.entries(fields)
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${encodeURIComponent(value.replace(/\r?\n/g, '\r\n'))}`)
    .join('&');
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?${query}`;
}
