import { describe, expect, it } from 'vitest';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { jsonLines } from '../../src/search/json-lines.ts';

describe('JSON Lines', () => {
  it('keeps a record holding line and paragraph separators on one line for readline', async () => {
    const records = [{ title: 'Senior\u2028Engineer' }, { title: 'Berlin,\u2029Germany' }, { title: 'plain' }];
    const read: unknown[] = [];
    for await (const line of createInterface({ input: Readable.from([jsonLines(records)]), crlfDelay: Infinity })) {
      read.push(JSON.parse(line));
    }
    expect(read).toEqual(records);
  });
});
