/**
 * Builds a result card with the same markup and classes as
 * src/components/JobCard.astro. Every value comes from a listing, so it is
 * set with textContent and attributes, never parsed as HTML.
 */
import { decodeSkills } from '../skills.ts';
import type { PagefindResultData } from './pagefind-types.ts';
import { timeAgo } from '../../lib/relative-time.ts';
import { formatDate, todayLocal } from '../../lib/dates.ts';
import { exchangeRates } from '../../config/rates.ts';
import { yearlyLabel } from '../pay-label.ts';
import { cardSaveButton, jobSlugOf } from '../../saved/client/save-button.ts';

type Child = Node | string | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * A result card; with `yearlyIn`, the job's yearly pay in that currency
 * follows its salary ("≈ €83K a year"), so an hourly rate can be compared.
 */
export function renderCard(data: PagefindResultData, base: string, yearlyIn?: string): HTMLLIElement {
  const meta = data.meta;
  const skills = decodeSkills(meta['skills']);
  const shown = skills.slice(0, 3);
  const posted = meta['posted'] ?? '';
  const facts = [meta['category'], meta['place'], meta['hours'], meta['location']].filter((f): f is string => Boolean(f));
  const featured = meta['featured'] === 'yes';

  // One span a fact: the " · " between them, and one fact a line on a wide card, are job-card-facts' CSS.
  const factLine = el('p', { class: 'job-card-facts' }, ...facts.map((fact) => el('span', {}, fact)));
  if (meta['salary']) {
    factLine.append(
      el(
        'span',
        { class: 'job-card-pay' },
        el('span', { class: 'whitespace-nowrap' }, meta['salary']),
        meta['estimated'] === 'yes' && el('span', { class: 'text-xs font-normal text-muted' }, ' (Estimated)'),
      ),
    );
    const yearly = yearlyIn ? yearlyLabel(Number(meta['pay'] ?? 0), yearlyIn, exchangeRates) : undefined;
    // The figure on one line, as the salary's; the " · " before it may still end a line.
    if (yearly) factLine.append(el('span', { class: 'text-muted', 'data-yearly': '' }, el('span', { class: 'whitespace-nowrap' }, yearly)));
  }

  const skillList = el('ul', { class: 'job-card-skills', 'aria-label': 'Skills' });
  for (const skill of shown) {
    // "Go jobs", not just "Go": the link names the page it opens, as JobCard.astro's does.
    const link = el(
      'a',
      { class: 'chip', href: `${base}skills/${encodeURIComponent(skill.id)}/` },
      skill.label,
      el('span', { class: 'sr-only' }, ' jobs'),
    );
    skillList.append(el('li', {}, link));
  }
  if (skills.length > shown.length) skillList.append(el('li', { class: 'text-xs text-muted' }, `+${skills.length - shown.length} more`));

  // data-relative-prefix as RelativeTime.astro writes it: the page's relative-time code treats every card's date alike.
  const time = el(
    'time',
    { datetime: posted, 'data-relative-prefix': '', title: posted ? formatDate(posted) : '' },
    timeAgo(posted, todayLocal()) ?? '',
  );
  const article = el(
    'article',
    {
      class: `job-card ${featured ? 'border-accent/60 ring-1 ring-accent/30' : 'border-line'}`,
    },
    el('img', {
      src: meta['logo'] ?? '',
      alt: '',
      width: '48',
      height: '48',
      loading: 'lazy',
      decoding: 'async',
      class: 'logo-plate size-12',
    }),
    el(
      'div',
      { class: 'job-card-body' },
      el(
        'div',
        { class: 'job-card-head' },
        featured && el('p', { class: 'mb-1 text-xs font-semibold tracking-wide text-accent uppercase' }, 'Featured'),
        el('h3', { class: 'job-card-title' }, el('a', { href: data.url, class: 'stretched-link' }, meta['title'] ?? 'Untitled job')),
        el('p', { class: 'job-card-meta' }, `${meta['company'] ?? ''} · `, time),
      ),
      factLine,
      skillList,
    ),
    cardSaveButton({ slug: jobSlugOf(data.url), title: meta['title'] ?? 'Untitled job', company: meta['company'] ?? '' }),
  );
  return el('li', {}, article);
}
