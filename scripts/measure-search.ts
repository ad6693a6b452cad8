/**
 * Measures what search costs a visitor on a built site:
 *   npm run measure:search -- [dist] [query]
 * Prints the bytes Pagefind fetches to show the search page and answer a
 * first query (as a CDN would send them: gzip for text, Pagefind's own
 * files are already compressed), a refined query, and the gzip size of our
 * search script. The measuring itself lives in src/bench/search.ts.
 */
import { measureSearchSettled } from '../src/bench/search.ts';

const [dist = 'dist', query = 'designer'] = process.argv.slice(2);
const cost = await measureSearchSettled(dist, query, { key: 'workplace', value: 'remote' });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Search page + first query "${query}": ${kb(cost.firstQueryBytes)} from Pagefind`);
console.log(`Refining by one filter: ${kb(cost.refinedQueryBytes)} more`);
console.log(`Our search JavaScript (gzip): ${kb(cost.ourScriptGzip)}`);
