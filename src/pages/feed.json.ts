import type { APIRoute } from 'astro';
import { feedResponse, homeFeed } from '../feeds/board-feeds.ts';

/** JSON Feed 1.1 of the newest open jobs. */
export const GET: APIRoute = async ({ site }) => feedResponse(await homeFeed(), 'json', site);
