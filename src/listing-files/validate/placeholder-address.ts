/**
 * Addresses copied from an example and never replaced: the domains set aside
 * for documentation (RFC 2606) that templates use, like the "Post a job"
 * template's https://example.com/careers/… . The sample board's fictional
 * companies live under the .example top-level domain, which is not one of them.
 */
const placeholderDomains = ['example.com', 'example.org', 'example.net'];

/** Whether a https: or mailto: address points at a placeholder domain. */
export function isPlaceholderAddress(address: string): boolean {
  if (!URL.canParse(address)) return false;
  const url = new URL(address);
  const host = url.protocol === 'mailto:' ? (url.pathname.split('@').pop() ?? '') : url.hostname;
  const domain = host.toLowerCase().replace(/\.$/, '');
  return placeholderDomains.some((placeholder) => domain === placeholder || domain.endsWith(`.${placeholder}`));
}
