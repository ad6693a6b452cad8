import { describe, expect, it } from 'vitest';
import { mayOffer, offerForMs, parseInstallOffer } from '../../src/install/install-offer.ts';

const at = (time: string) => Date.parse(time);
const minutes = 60_000;

describe('the install hint, offered once', () => {
  const seen = at('2026-11-20T09:00:00');

  it('is offered until first seen, then for the rest of that visit, then never', () => {
    expect(mayOffer(undefined, seen)).toBe(true);
    expect(mayOffer({ seen }, seen + offerForMs - minutes)).toBe(true);
    expect(mayOffer({ seen }, seen + offerForMs)).toBe(false);
    expect(mayOffer({ seen }, seen - minutes)).toBe(false);
  });

  it('is never offered again once answered', () => {
    expect(mayOffer({ answered: true }, seen)).toBe(false);
  });

  it('reads what storage holds defensively', () => {
    expect(parseInstallOffer({ answered: true })).toEqual({ answered: true });
    expect(parseInstallOffer({ seen })).toEqual({ seen });
    for (const junk of [undefined, null, 'x', { answered: 'yes' }, { seen: 'today' }]) expect(parseInstallOffer(junk)).toBeUndefined();
  });
});
