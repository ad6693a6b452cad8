/** Units and number formatting shared by the benchmark's budget check and tables. KB, MB and GB are binary. */
export const KB = 1024;
export const MB = 1024 ** 2;
export const GB = 1024 ** 3;

/** 10000 -> "10 000" (space grouping, as in the docs). */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** 1536 -> "1.5 KB", 3.2e9 -> "2.98 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < GB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / GB).toFixed(2)} GB`;
}

/** 842 -> "0.84 s", 28400 -> "28.4 s", 312000 -> "312 s". */
export function formatMs(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : s.toFixed(0)} s`;
}
