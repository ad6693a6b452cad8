import type { APIRoute } from 'astro';
import { loadBoard } from '../data/board.ts';
import { socialCardList } from '../data/social-cards.ts';

/**
 * A build artefact, not a page: the list of social images for
 * scripts/social-images.ts, which paints them and then deletes this file.
 */
export const GET: APIRoute = async () => Response.json(socialCardList((await loadBoard()).openJobs));
