/**
 * Frontmatter text from plain data, quoted by the `yaml` package rather than
 * by hand. Strings are quoted as YAML 1.1 would need them ("NO", "yes",
 * dates), so every YAML parser, old or new, reads back the same strings.
 */
import { Document, isMap, isSeq } from 'yaml';

/** "---\n<yaml>---\n". Lists and groups named in `flowKeys` are written inline: [Figma, Design systems], { from: UTC-1, to: UTC+3 }. */
export function frontmatterBlock(data: object, flowKeys: readonly string[] = []): string {
  const doc = new Document(data, { version: '1.1' });
  for (const key of flowKeys) {
    const node = doc.get(key, true);
    if (isSeq(node) || isMap(node)) node.flow = true;
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
