import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, skillFeeds } from '../../../feeds/board-feeds.ts';

/** JSON Feed 1.1 of each skill page's newest open jobs. */
export const getStaticPaths = (() => skillFeeds()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => feedResponse(props.scope, 'json', site);
