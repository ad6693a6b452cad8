/**
 * Every fault a board can throw at the importer (an unknown board, 429 and
 * 5xx, a hang, malformed JSON, an unexpected shape, a huge answer, a broken
 * posting, a wrong profile) ends as a clear line in the summary: the failing
 * board changes no file, and the others are still imported.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportReport } from '../../src/import/run.ts';
import type { FetchLimits } from '../../src/import/fetch.ts';
import type { AtsServer } from '../support/ats-server.ts';
import { greenhouseBoard, greenhouseJob } from '../support/ats-payloads.ts';
import { entries, env, fast, h, npm, run, snapshot, useImportHarness } from '../support/import-harness.ts';

useImportHarness();

describe('faults', () => {
  async function failure(
    reply: Parameters<AtsServer['reply']>[1],
    limits: FetchLimits = fast,
  ): Promise<{ error: string; report: ImportReport }> {
    await run();
    const before = snapshot();
    h.server.reply('/v1/boards/oakhollow/jobs', reply);
    h.server.requests.length = 0;
    const report = await run([], limits);
    const oak = report.companies.find((c) => c.company === 'oakhollow')!;
    // The failing board changes nothing (its listings are not closed), and the others are still imported.
    expect(snapshot()).toEqual(before);
    expect(report.companies.filter((c) => c.error).map((c) => c.company)).toEqual(['oakhollow']);
    return { error: oak.error!, report };
  }

  it('names the profile when the board does not exist (404)', async () => {
    expect((await failure({ status: 404 })).error).toMatch(
      /^Greenhouse has no board "oakhollow" \(HTTP 404\); check import\.board in .*companies\/oakhollow\.md$/,
    );
  });

  it('retries a 429 or 5xx briefly, and gives up after a bounded number of tries', async () => {
    await run();
    h.server.reply('/v1/boards/oakhollow/jobs', {
      sequence: [{ status: 503 }, { status: 429 }, { json: greenhouseBoard([greenhouseJob(401)]) }],
    });
    h.server.requests.length = 0;
    const recovered = await run(['oakhollow']);
    expect(recovered.companies[0]!.error).toBeUndefined();
    expect(h.server.requests.filter((r) => r.startsWith('/v1/boards/oakhollow'))).toHaveLength(3);

    expect((await failure({ status: 500 })).error).toBe(
      'Greenhouse board "oakhollow" answered HTTP 500 Internal Server Error (after 3 tries)',
    );
    expect(h.server.requests.filter((r) => r.startsWith('/v1/boards/oakhollow'))).toHaveLength(3);
  });

  it('gives up on a board that does not answer in time', async () => {
    expect((await failure({ hang: true }, { ...fast, timeoutMs: 300 })).error).toBe(
      'Greenhouse board "oakhollow" did not answer within 0.3 s',
    );
  });

  it('gives up on a board that starts answering and then stalls', async () => {
    const body = JSON.stringify(greenhouseBoard([greenhouseJob(401)]));
    const half = Math.floor(body.length / 2);
    expect((await failure({ chunks: [body.slice(0, half), body.slice(half)], stall: true }, { ...fast, timeoutMs: 300 })).error).toBe(
      'Greenhouse board "oakhollow" did not answer within 0.3 s',
    );
  });

  it('reports malformed JSON and an unexpected shape', async () => {
    expect((await failure({ body: '{"jobs": [' })).error).toMatch(/^Greenhouse board "oakhollow" answered with malformed JSON \(/);
    expect((await failure({ json: [{ id: 1 }] })).error).toBe(
      'Greenhouse board "oakhollow" answered in an unexpected shape: expected an object with a "jobs" list',
    );
  });

  it('stops reading an answer larger than the cap', async () => {
    const big = JSON.stringify(greenhouseBoard(Array.from({ length: 400 }, (_, i) => greenhouseJob(1000 + i))));
    expect(big.length).toBeGreaterThan(256 * 1024);
    expect((await failure({ body: big }, { ...fast, maxBytes: 256 * 1024 })).error).toMatch(
      /^Greenhouse board "oakhollow" sent (more than )?[\d.]+ MB; the importer reads at most 0\.3 MB from one board$/,
    );
  });

  it('stops reading an answer of unknown size once it passes the cap', async () => {
    const job = JSON.stringify(greenhouseJob(1000));
    const chunks = ['{"jobs":[', ...Array.from({ length: 400 }, (_, i) => `${i ? ',' : ''}${job}`), ']}'];
    expect(chunks.join('').length).toBeGreaterThan(256 * 1024);
    expect((await failure({ chunks }, { ...fast, maxBytes: 256 * 1024 })).error).toBe(
      'Greenhouse board "oakhollow" sent more than 0.3 MB; the importer reads at most 0.3 MB from one board',
    );
  });

  it('skips one broken posting and imports the rest', async () => {
    h.server.reply('/v1/boards/oakhollow/jobs', { json: { jobs: [{ id: 9, title: 42 }, 'nonsense', greenhouseJob(401)] } });
    const report = await run(['oakhollow']);
    expect(entries(report, 'oakhollow').map((e) => [e.action, e.posting?.id])).toEqual([
      ['added', '401'],
      ['skipped', '9'],
      ['skipped', '?'],
    ]);
  });

  it('exits 1 after writing what the other boards produced, and 2 on a bad override', async () => {
    h.server.reply('/posting-api/job-board/fernlight', { status: 404 });
    const cli = (extra: Record<string, string> = {}) => npm('import', [], { ...env(), ...extra });
    const result = await cli();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('**Failed:** Ashby has no board "fernlight" (HTTP 404)');
    expect(Object.keys(snapshot()).filter((f) => f.startsWith('jobs/'))).toHaveLength(4);

    const bad = await cli({ IMPORT_LEVER_URL: 'http://127.0.0.1:1/some/path' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('IMPORT_LEVER_URL may only give a scheme, host and port');
  });

  it('reports a profile whose import block is wrong, and imports the others', async () => {
    writeFileSync(
      join(h.dir, 'companies', 'saltmarsh.md'),
      readFileSync(join(h.dir, 'companies', 'saltmarsh.md'), 'utf8').replace('from: lever', 'from: leverr'),
    );
    const report = await run();
    expect(report.companies.find((c) => c.company === 'saltmarsh')!.error).toMatch(
      /saltmarsh\.md:6 import\.from "leverr" is not a supported service; did you mean "lever"\?/,
    );
    expect(report.companies.filter((c) => !c.error)).toHaveLength(3);
  });
});
