import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, skillFeeds } from '../../../feeds/board-feeds.ts';

/** RSS 2.0 feed of each skill page's newest open jobs. */
export const getStaticPaths = (() => skillFeeds()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => feedResponse(props.scope, 'rss', site);
