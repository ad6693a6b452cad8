/**
 * A placeholder logo for a new company: a coloured rounded square with the
 * company's initial. Plain shapes and text only (no script, no links), so it
 * passes the logo check until the editor replaces it with the real logo.
 */
const palette = ['#1d5f99', '#6b3fa8', '#a8324a', '#23704a', '#8f4a00', '#00707a', '#4b4fc4', '#9c2f6b'] as const;

/** Same id, same colour: a small string hash picks from the palette. */
export function logoColour(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return palette[hash % palette.length]!;
}

/** "fernhill Analytics" -> "F"; "3M" -> "3"; no letter or digit -> "?". */
export function initialOf(name: string): string {
  const first = /[\p{L}\p{N}]/u.exec(name)?.[0];
  return first ? first.toLocaleUpperCase('en') : '?';
}

export function placeholderLogoSvg(id: string, name: string): string {
  // The initial is a single letter or digit, so it needs no XML escaping.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">` +
    `<rect width="48" height="48" rx="10" fill="${logoColour(id)}"/>` +
    `<text x="24" y="33" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="26" font-weight="700" fill="#ffffff">${initialOf(name)}</text>` +
    `</svg>\n`
  );
}
