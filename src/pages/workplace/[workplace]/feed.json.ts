import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, workplaceFeeds } from '../../../feeds/board-feeds.ts';

/** JSON Feed 1.1 feed of each workplace page's newest open jobs (remote, hybrid, on-site). */
export const getStaticPaths = (() => workplaceFeeds()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => feedResponse(props.scope, 'json', site);
