/**
 * Measures what search costs a visitor on a built site:
 *   npm run measure:search -- [dist] [query]
 * Prints the bytes Pagefind fetches to show the search page and answer a
 * first query (as a CDN would send them: gzip for text, Pagefind's own
 * files are already compressed), a refined query, what answering each of
 * the three questions adds, and the gzip size of our search script. The
 * measuring itself lives in src/bench/search.ts and search-questions.ts.
 */
import { measureSearchSettled } from '../src/bench/search.ts';
import { measureFirstQueryWithAnswers, measureQuestions } from '../src/bench/search-questions.ts';

const [dist = 'dist', query = 'designer'] = process.argv.slice(2);
const cost = await measureSearchSettled(dist, query, { key: 'workplace', value: 'remote' });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const kinds = (byKind: Record<string, number>) =>
  Object.entries(byKind)
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');
console.log(`Search page + first query "${query}": ${kb(cost.firstQueryBytes)} from Pagefind (${kinds(cost.firstByKind)})`);
console.log(`Refining by one filter: ${kb(cost.refinedQueryBytes)} more (${kinds(cost.refinedByKind)})`);
for (const question of await measureQuestions(dist, query)) {
  console.log(`Answering "${question.name}": ${kb(question.bytes)} more (${kinds(question.byKind)})`);
}
const withAnswers = await measureFirstQueryWithAnswers(dist, query);
console.log(`${withAnswers.name} (a returning visitor): ${kb(withAnswers.bytes)} (${kinds(withAnswers.byKind)})`);
console.log(`Our search JavaScript (gzip): ${kb(cost.ourScriptGzip)}`);
