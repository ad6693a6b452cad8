/**
 * For features that mark up job cards: the search page draws its result
 * cards after load (src/search/client/), so marking the page once is not
 * enough. `enhance` runs over the whole page now and over each element
 * added later; it must be safe to run twice on the same card.
 */
export function enhanceNowAndAdded(enhance: (root: Element | Document) => void): void {
  enhance(document);
  new MutationObserver((changes) => {
    for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) enhance(node);
  }).observe(document.body, { childList: true, subtree: true });
}

/** The root itself when it matches, and every match inside it. */
export function allIn<E extends Element>(root: Element | Document, selector: string): E[] {
  const inside = [...root.querySelectorAll<E>(selector)];
  return root instanceof Element && root.matches(selector) ? [root as E, ...inside] : inside;
}
