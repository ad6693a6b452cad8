import type { APIRoute } from 'astro';
import { loadBoard } from '../board/board.ts';
import { socialCardList } from '../social/cards.ts';

/**
 * A build artefact, not a page: the list of social images for
 * src/social/place-cards.ts, which paints them and then deletes this file.
 */
export const GET: APIRoute = async () => Response.json(socialCardList((await loadBoard()).openJobs));
