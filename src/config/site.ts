/**
 * Everything a fork changes to rebrand the board lives here. SITE_URL and
 * BASE_PATH can be overridden from the environment at build time so one
 * checkout can deploy to several hosts.
 */
/** What a job page shares: its own social card, or the board's image. */
export type SocialCards = 'per-job' | 'board';

export const site = {
  name: 'Openings',
  tagline: 'Hand-picked jobs at product teams that work in the open.',
  description:
    'Openings is a fast, independent job board for design, engineering, data and product roles, with honest salaries and clear locations.',
  /** Absolute URL of the deployed site, without the base path. */
  url: 'https://openings.example.org',
  /** Listings on the home page and on each paginated list page. */
  pageSize: 25,
  /**
   * The home page's latest jobs and the skill, region and workplace lists
   * stop after this many pages (the newest jobs) and point to search for the
   * rest; categories and companies list every open job, so each job stays a
   * link away without search. See src/lib/list-limit.ts. LIST_PAGE_LIMIT
   * overrides it for one build.
   */
  listPageLimit: 4,
  /**
   * The image a job's page shares on social networks. 'per-job': each open
   * job gets its own card, painted at build time (src/social/). 'board':
   * every page shares the board's image (public/og-default.png) and no card
   * is painted, for a board too big for its host with a card per job
   * (docs/deploy.md#host-limits). SOCIAL_CARDS overrides it for one build.
   */
  socialCards: 'per-job' as SocialCards,
  /** A listing without `expires` closes this many days after `posted`. */
  defaultExpiryDays: 60,
  /** Where editors submit listings. Leave empty to hide the GitHub links. */
  repository: { url: 'https://github.com/openings-board/openings', branch: 'main' },
  /**
   * The editors' e-mail address, for employers and visitors without a GitHub
   * account: "Post a job" and each job's "Report" offer it. Leave empty to
   * hide the e-mail links.
   */
  editorsEmail: 'editors@openings.example.org',
  locale: 'en',
} as const;
