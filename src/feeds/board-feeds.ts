/**
 * The board's feeds: one for all open jobs and one for each category,
 * region or country, skill and workplace page (a remote board's readers
 * follow /workplace/remote/), in RSS 2.0 and JSON Feed 1.1. The feed
 * endpoints under src/pages/ only pick their scopes from here.
 */
import { loadBoard, type Job } from '../board/board.ts';
import { categories } from '../config/categories.ts';
import { site } from '../config/site.ts';
import { routes, type FeedFormat } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { placeHeading, placeIntro } from '../lib/places.ts';
import { workplaceBlurbs, workplaceLabels } from '../lib/labels.ts';
import { workplaces } from '../schema/job.ts';
import { buildFeed, feedContentTypes, renderJsonFeed, renderRss } from './feeds.ts';

export interface FeedScope {
  /** The list page the feed follows, site-relative ("/categories/engineering/"). */
  listPath: string;
  /** That page's heading ("Engineering jobs"). */
  heading: string;
  description: string;
  jobs: Job[];
}

/** "Openings: Engineering jobs": the feed's title, also used by autodiscovery links. */
export function feedTitle(heading: string): string {
  return `${site.name}: ${heading}`;
}

export async function homeFeed(): Promise<FeedScope> {
  const board = await loadBoard();
  return { listPath: routes.home(), heading: 'Latest jobs', description: site.description, jobs: board.openJobs };
}

export async function categoryFeeds() {
  const board = await loadBoard();
  return categories.map((category) => ({
    params: { category: category.id },
    props: {
      scope: {
        listPath: routes.category(category.id),
        heading: `${category.label} jobs`,
        description: category.blurb,
        jobs: board.jobsByCategory.get(category.id) ?? [],
      } satisfies FeedScope,
    },
  }));
}

export async function placeFeeds() {
  const board = await loadBoard();
  return board.places.map((place) => ({
    params: { region: place.slug },
    props: {
      scope: {
        listPath: routes.place(place.slug),
        heading: placeHeading(place),
        description: placeIntro(place),
        jobs: board.jobsByPlace.get(place.slug) ?? [],
      } satisfies FeedScope,
    },
  }));
}

export async function skillFeeds() {
  const board = await loadBoard();
  return board.skills.map((skill) => ({
    params: { skill: skill.id },
    props: {
      scope: {
        listPath: routes.skill(skill.id),
        heading: `${skill.label} jobs`,
        description: `Open jobs that list ${skill.label} as a skill.`,
        jobs: board.jobsBySkill.get(skill.id) ?? [],
      } satisfies FeedScope,
    },
  }));
}

export async function workplaceFeeds() {
  const board = await loadBoard();
  return workplaces.map((workplace) => ({
    params: { workplace },
    props: {
      scope: {
        listPath: routes.workplace(workplace),
        heading: `${workplaceLabels[workplace]} jobs`,
        description: workplaceBlurbs[workplace],
        jobs: board.jobsByWorkplace.get(workplace) ?? [],
      } satisfies FeedScope,
    },
  }));
}

/** The feed file itself. `siteUrl` is `Astro.site`; links get the base path. */
export async function feedResponse(scope: FeedScope, format: FeedFormat, siteUrl: URL | undefined): Promise<Response> {
  const { today } = await loadBoard();
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => absoluteUrl(siteUrl?.href ?? site.url, base, path);
  const feed = buildFeed(
    {
      title: feedTitle(scope.heading),
      description: scope.description,
      homePageUrl: absolute(scope.listPath),
      rssUrl: absolute(routes.feed(scope.listPath, 'rss')),
      jsonUrl: absolute(routes.feed(scope.listPath, 'json')),
      language: site.locale,
      today,
      iconUrl: absolute('/icon-512.png'),
      faviconUrl: absolute('/favicon-32.png'),
    },
    scope.jobs,
    (slug) => absolute(routes.job(slug)),
  );
  const body = format === 'rss' ? renderRss(feed) : renderJsonFeed(feed);
  return new Response(body, { headers: { 'Content-Type': feedContentTypes[format] } });
}
