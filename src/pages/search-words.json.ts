import type { APIRoute } from 'astro';
import { loadBoard } from '../board/board.ts';
import { searchVocabularyBytes } from '../config/search.ts';
import { searchVocabulary } from '../search/vocabulary.ts';

/** The board's words for the search page's "Did you mean…?" (src/search/vocabulary.ts). */
export const GET: APIRoute = async () => {
  const words = searchVocabulary((await loadBoard()).openJobs, searchVocabularyBytes);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
