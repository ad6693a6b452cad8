/**
 * The board's mark (a ring on a rounded square) in one colour: the favicon,
 * the app icons and the default social image are drawn from it
 * (scripts/icons.ts), and SiteHeader draws the same shape with CSS colours.
 */
export function faviconMark(color: string): string {
  return `<rect width="32" height="32" rx="8" fill="${color}"/><path d="M9 16a7 7 0 1 0 14 0a7 7 0 1 0-14 0" fill="none" stroke="#fff" stroke-width="3"/>`;
}

export function faviconSvg(color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${faviconMark(color)}</svg>\n`;
}
