export interface Sortable {
  slug: string;
  posted: string;
  featured: boolean;
}

/** Newest first, then slug: collection order is not stable, so every tie is broken. */
export function byNewest(a: Pick<Sortable, 'posted' | 'slug'>, b: Pick<Sortable, 'posted' | 'slug'>): number {
  return a.posted < b.posted ? 1 : a.posted > b.posted ? -1 : a.slug.localeCompare(b.slug, 'en');
}

/** Board order: featured jobs pinned first, then newest, then slug. */
export function byBoardOrder(a: Sortable, b: Sortable): number {
  return Number(b.featured) - Number(a.featured) || byNewest(a, b);
}
