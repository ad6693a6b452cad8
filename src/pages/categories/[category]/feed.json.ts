import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, categoryFeeds } from '../../../feeds/board-feeds.ts';

/** JSON Feed 1.1 of each category page's newest open jobs. */
export const getStaticPaths = (() => categoryFeeds()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => feedResponse(props.scope, 'json', site);
