/** "1 open job", "12 open jobs". English only, like the rest of the UI copy. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
