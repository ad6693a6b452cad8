import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, workplaceFeeds } from '../../../feeds/board-feeds.ts';

/** RSS 2.0 feed of each workplace page's newest open jobs (remote, hybrid, on-site). */
export const getStaticPaths = (() => workplaceFeeds()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => feedResponse(props.scope, 'rss', site);
