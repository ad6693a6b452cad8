/**
 * Listings are written by strangers, so only these URL schemes may reach a
 * page from a description. Anything else (javascript:, data:, vbscript:,
 * relative paths) loses its link and keeps its text.
 */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

export function isSafeLinkUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!URL.canParse(compact)) return false;
  return allowedSchemes.has(new URL(compact).protocol);
}

/** rel for links out of a listing: no ranking credit, no window.opener. */
export const externalLinkRel = 'nofollow ugc noopener';
