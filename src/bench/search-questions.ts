/**
 * What answering one of the search page's three questions ("I live in",
 * "Fits my hours", "Pay at least") costs after a first query: the bytes
 * Pagefind fetches for it, as `npm run measure:search` reports them beside
 * the refinement by a checkbox filter. Each question is answered on a fresh
 * page, so one question's files never count for another.
 */
import type { Page } from 'playwright-core';
import { serveDist } from '../../test/support/serve.ts';
import { launchBrowser } from '../../test/support/browser.ts';
import { pagefindKind, sumByKind, wireBytes } from './search.ts';

interface Question {
  name: string;
  /** The URL parameter answering it adds. */
  param: string;
  answer: (page: Page) => Promise<void>;
}

const questions: readonly Question[] = [
  { name: 'I live in Germany', param: 'country', answer: (page) => page.selectOption('#search-country', 'DE').then(() => undefined) },
  { name: 'Fits my hours (Europe/Berlin)', param: 'tz', answer: (page) => page.check('#search-fits-hours') },
  {
    name: 'Pay at least €80,000',
    param: 'pay',
    answer: async (page) => {
      await page.selectOption('#search-currency', 'EUR');
      await page.fill('#search-pay', '80000');
      await page.press('#search-pay', 'Enter');
    },
  },
];

export interface QuestionCost {
  name: string;
  bytes: number;
  byKind: Record<string, number>;
}

async function settledSearch(page: Page): Promise<void> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
}

type Read = { kind: string; bytes: number };

/** Every Pagefind file the page fetches from now on, as its bytes on the wire will be. */
function pagefindReads(page: Page): Promise<Read>[] {
  const reads: Promise<Read>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (url.includes('/pagefind/')) reads.push(response.body().then((body) => ({ kind: pagefindKind(url), bytes: wireBytes(url, body) })));
  });
  return reads;
}

const costOf = (name: string, reads: readonly Read[]): QuestionCost => ({
  name,
  bytes: reads.reduce((sum, r) => sum + r.bytes, 0),
  byKind: sumByKind(reads),
});

/** The answers of a returning visitor: every question answered, as the device remembers them or a link carries them. */
export const allAnswers = 'country=DE&tz=Europe%2FBerlin&pay=80000&currency=EUR';

/**
 * What a first query costs a visitor whose three answers apply from the
 * start (remembered on the device, or in the link they followed): the
 * first query and the three questions' filter files in one go.
 */
export async function measureFirstQueryWithAnswers(dist: string, query: string): Promise<QuestionCost> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    const reads = pagefindReads(page);
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}&${allAnswers}`);
    await settledSearch(page);
    return costOf('First query with all three answers', await Promise.all(reads));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The bytes each question costs after a first query `query`, in Chromium. */
export async function measureQuestions(dist: string, query: string): Promise<QuestionCost[]> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const costs: QuestionCost[] = [];
    for (const question of questions) {
      const context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      const reads = pagefindReads(page);
      await page.goto(`${server.url}search/`);
      await page.fill('#search-query', query);
      await page.waitForFunction(() => new URL(location.href).searchParams.has('q'));
      await settledSearch(page);
      const first = (await Promise.all(reads)).length;
      await question.answer(page);
      await page.waitForFunction((param) => new URL(location.href).searchParams.has(param), question.param);
      await settledSearch(page);
      const answered = (await Promise.all(reads)).slice(first);
      costs.push(costOf(question.name, answered));
      await context.close();
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}
