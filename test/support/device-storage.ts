/**
 * What a returning visitor's browser holds for the board (src/client/storage.ts),
 * put in place or read back by browser tests.
 */
import type { Page } from 'playwright-core';
import { storeKey } from '../../src/client/storage.ts';

const entries = (base: string, values: Record<string, unknown>) =>
  Object.entries(values).map(([name, value]) => [storeKey(name, base), JSON.stringify(value)] as const);

/** Stores the values before any of the page's scripts run, again on every page it opens. */
export async function storeOnEveryPage(page: Page, base: string, values: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    (pairs) => {
      for (const [key, value] of pairs) localStorage.setItem(key, value);
    },
    entries(base, values),
  );
}

/** Opens `url`, stores the values once and opens it again, so the page starts from them and may change them. */
export async function openWithStored(page: Page, url: string, base: string, values: Record<string, unknown>): Promise<void> {
  await page.goto(url);
  await page.evaluate(
    (pairs) => {
      for (const [key, value] of pairs) localStorage.setItem(key, value);
    },
    entries(base, values),
  );
  await page.reload();
}

/** A value the page stored, parsed; undefined when there is none. */
export async function readStoredValue(page: Page, base: string, name: string): Promise<unknown> {
  const text = await page.evaluate((key) => localStorage.getItem(key), storeKey(name, base));
  return text === null ? undefined : (JSON.parse(text) as unknown);
}
