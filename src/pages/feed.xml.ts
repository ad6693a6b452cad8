import type { APIRoute } from 'astro';
import { feedResponse, homeFeed } from '../feeds/board-feeds.ts';

/** RSS 2.0 feed of the newest open jobs. */
export const GET: APIRoute = async ({ site }) => feedResponse(await homeFeed(), 'rss', site);
