/**
 * One key for the apply addresses a reader would call the same, so two open
 * jobs never share one: host and e-mail case do not matter, and neither does
 * a fragment ("#again" opens the same page), except a route of a one-page
 * careers site ("#/jobs/42"). The validator and `npm run new` both use it.
 */
export function applyAddressKey(apply: string): string {
  const url = new URL(apply);
  if (url.protocol === 'mailto:') return url.href.toLowerCase();
  if (!/^#[/!]/.test(url.hash)) url.hash = '';
  return url.href;
}
