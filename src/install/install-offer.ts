/**
 * The install hint is offered once: from the moment the visitor first sees
 * it, for `offerForMs` (the rest of that visit), and never again after they
 * install or answer it. What was offered is kept in their browser only.
 */
import { jsonObject } from '../client/storage.ts';

export const offerForMs = 60 * 60_000;

export type InstallOffer =
  /** Installed, declined in our hint or in the browser's own dialog. */
  | { answered: true }
  /** First seen at this time, ms since 1970. */
  | { seen: number };

export function parseInstallOffer(value: unknown): InstallOffer | undefined {
  const record = jsonObject(value);
  if (record?.['answered'] === true) return { answered: true };
  const seen = record?.['seen'];
  return typeof seen === 'number' && Number.isFinite(seen) ? { seen } : undefined;
}

export function mayOffer(offer: InstallOffer | undefined, now: number): boolean {
  if (!offer) return true;
  return 'seen' in offer && now >= offer.seen && now - offer.seen < offerForMs;
}
