/**
 * Says a short message to screen readers: the outcome of a button that
 * changes no page, like Save. The live region goes in when a feature starts,
 * because one added together with its first message is often not read.
 */
export function announcer(): (message: string) => void {
  const region = document.createElement('p');
  region.className = 'sr-only';
  region.setAttribute('role', 'status');
  document.body.append(region);
  return (message) => {
    region.textContent = message;
  };
}
