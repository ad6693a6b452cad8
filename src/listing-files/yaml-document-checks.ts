/**
 * What the build's YAML parser reads without complaint but an editor did
 * not mean, found on the parsed `yaml` Document before it becomes data.
 */
import { isCollection, isScalar, visit, type Document } from 'yaml';

/**
 * The offset of the first key that is a list, a group or a date, or
 * undefined. The data can only hold text keys, so YAML turns such a key
 * into text like "{ title: }" or "Fri Nov 20 2026 00:00:00 GMT…", with a
 * warning on the console.
 */
export function oddKeyOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      const odd = isCollection(key) || (isScalar(key) && key.value instanceof Date);
      if (!odd) return undefined;
      offset = key.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Makes every date written as a day the calendar does not have (2026-02-30)
 * an invalid Date, which the schema refuses. The timestamp tag the build
 * reads dates with rolls such a day over into the next month, silently.
 */
export function invalidateImpossibleDates(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      const written = /^(\d{4})-(\d\d?)-(\d\d?)/.exec(node.source ?? '');
      if (!(node.value instanceof Date) || !written) return;
      const [year, month, day] = [Number(written[1]), Number(written[2]) - 1, Number(written[3])];
      // The same Date.UTC the tag calls: a day that is not in the month comes out in another month.
      const date = new Date(Date.UTC(year, month, day));
      if (date.getUTCMonth() !== month || date.getUTCDate() !== day) node.value = new Date(Number.NaN);
    },
  });
}
