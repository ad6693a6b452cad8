import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where Astro writes the open jobs' search records, one JSON-lines file per index part (src/pages/search-records/[part].jsonl.ts). */
export const searchRecordsDir = (outDir: string) => join(outDir, 'search-records');

/** The part files, in part order ("0.jsonl", "1.jsonl", …); none if Astro wrote none. */
export function searchRecordFiles(outDir: string): string[] {
  const dir = searchRecordsDir(outDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d+\.jsonl$/.test(name))
    .sort((a, b) => parseInt(a) - parseInt(b));
}
