/**
 * The install hint in the footer (InstallHint.astro). Only Chromium-based
 * browsers announce that the board can be installed (beforeinstallprompt);
 * elsewhere the hint never appears. It replaces the browser's own banner,
 * is offered once (src/install/install-offer.ts), and an answer, in the hint
 * or in the browser's dialog, is remembered in this browser.
 */
import { deviceStore, readStored, storeKey, writeStored } from '../../client/storage.ts';
import { mayOffer, parseInstallOffer } from '../install-offer.ts';

/** Chromium's event; not in TypeScript's DOM types. */
interface InstallPromptEvent extends Event {
  prompt: () => Promise<unknown>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const installOfferKey = storeKey('install-offer');

const later = 'You can still install it from your browser’s menu.';

export function startInstallHint(): void {
  const hint = document.querySelector<HTMLElement>('[data-install-hint]');
  const store = deviceStore();
  // Without storage a "no thanks" could not be remembered, and the hint would come back: better not to offer.
  if (!hint || !store) return;
  const part = (name: string) => hint.querySelector<HTMLElement>(`[data-install-${name}]`)!;
  const offer = () => parseInstallOffer(readStored(store, installOfferKey));
  let pending: InstallPromptEvent | undefined;
  let done = false;

  /** Ends the offer for good; with a message, the hint says it in place and takes the focus its button had. */
  const answered = (message?: string) => {
    if (done) return;
    done = true;
    pending = undefined;
    writeStored(store, installOfferKey, { answered: true });
    if (!message) {
      hint.hidden = true;
      return;
    }
    part('offer').hidden = true;
    part('buttons').hidden = true;
    const note = part('note');
    note.textContent = message;
    note.hidden = false;
    note.focus();
  };

  addEventListener('beforeinstallprompt', (event) => {
    // Our quiet hint takes the place of the browser's own banner, even once it is answered.
    event.preventDefault();
    if (done || !mayOffer(offer(), Date.now())) return;
    pending = event as InstallPromptEvent;
    hint.hidden = false;
    // The one offer starts when the visitor first sees it, not when it is added out of sight.
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      if (!offer()) writeStored(store, installOfferKey, { seen: Date.now() });
    }).observe(hint);
  });

  part('accept').addEventListener('click', async () => {
    const prompt = pending;
    if (!prompt) return;
    pending = undefined;
    await prompt.prompt();
    const { outcome } = await prompt.userChoice;
    answered(outcome === 'accepted' ? 'Installed. Open it from your home screen or apps.' : later);
  });
  part('dismiss').addEventListener('click', () => answered(`OK, we won’t ask again. ${later}`));
  // Installed from the browser's own menu: the hint has nothing left to offer (after our button, it has already said so).
  addEventListener('appinstalled', () => answered());
}
