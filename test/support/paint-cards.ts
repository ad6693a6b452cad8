/**
 * Paints social cards through the painter's own modules, in a process of
 * its own, for tests that choose which fonts the painter can see: fontconfig
 * reads FONTCONFIG_FILE once, when Pango first looks a font up.
 *
 *     node test/support/paint-cards.ts OUT_DIR '[{"title": …, "company": …, "facts": …, "boardName": …}, …]'
 *
 * writes OUT_DIR/0.png, OUT_DIR/1.png, … in the order of the list, all on the first card's board name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paintBackground, paintCard, prepareCard, type CardToPaint } from '../../src/social/paint.ts';

const [outDir, cardsJson] = process.argv.slice(2);
if (!outDir || !cardsJson) throw new Error('Usage: paint-cards.ts OUT_DIR CARDS_JSON');
const cards = JSON.parse(cardsJson) as CardToPaint['card'][];
mkdirSync(outDir, { recursive: true });
// Every card of one run shares the first card's board name, as on a real board.
const background = await paintBackground(cards[0]?.boardName ?? '');
for (const [i, card] of cards.entries()) writeFileSync(join(outDir, `${i}.png`), await paintCard(prepareCard({ card }), background));
