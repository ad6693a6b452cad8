/**
 * "today", "yesterday", "3 days ago", "2 weeks ago", "last month". Shared by
 * the build (for the text it writes) and the tiny client script that keeps
 * that text fresh on a static host.
 */
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function relativeDays(days: number): string {
  const ago = Math.max(0, Math.round(days));
  if (ago < 7) return rtf.format(-ago, 'day');
  if (ago < 30) return rtf.format(-Math.floor(ago / 7), 'week');
  if (ago < 365) return rtf.format(-Math.floor(ago / 30), 'month');
  return rtf.format(-Math.floor(ago / 365), 'year');
}
