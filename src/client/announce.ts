/**
 * Says a short message to screen readers: the outcome of a button that
 * changes no page, like Save. The live region goes in when a feature starts,
 * because one added together with its first message is often not read; the
 * features on a page share it.
 */
let region: HTMLElement | undefined;

export function announcer(): (message: string) => void {
  if (!region) {
    region = document.createElement('p');
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  const live = region;
  return (message) => {
    live.textContent = message;
  };
}
