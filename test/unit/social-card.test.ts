import { describe, expect, it } from 'vitest';
import { boardNameBlock, CARD_HEIGHT, CARD_WIDTH, socialCardLayout, withoutEmoji, wrapText } from '../../src/social/layout.ts';
import { drawableText } from '../../src/social/card-font.ts';
import { salaryText } from '../../src/lib/salary.ts';
import { currencyCodes } from '../../src/lib/currency.ts';

describe('social card', () => {
  it('wraps titles by words, cuts long words, and ends a cut title with …', () => {
    expect(wrapText('Machine Learning Engineer, Load Forecasting', 28, 3)).toEqual(['Machine Learning Engineer,', 'Load Forecasting']);
    expect(wrapText('x'.repeat(60), 28, 3)).toEqual(['x'.repeat(28), 'x'.repeat(28), 'xxxx']);
    const cut = wrapText('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen', 20, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });

  const card = {
    title: '</span><b>"Lead" & co',
    company: 'Acme "Labs"',
    facts: 'Remote (Europe)',
    salary: '€85,000 – €105,000 per year',
    hasLogo: false,
    boardName: 'Openings',
  };

  it('lays out title, company, facts and salary as escaped Pango markup', () => {
    const markup = socialCardLayout(card)
      .texts.map((t) => t.markup)
      .join('\n');
    expect(markup).toContain('&lt;/span&gt;&lt;b&gt;&quot;Lead&quot; &amp; co');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('Acme &quot;Labs&quot;');
    expect(markup).toContain('Remote (Europe)');
    expect(markup).toContain('€85,000 – €105,000 per year');
    // Every tag is one of ours: listing text cannot open or close a span.
    expect(markup.match(/<\/?[a-z]+/g)?.every((tag) => tag === '<span' || tag === '</span')).toBe(true);
  });

  it('keeps every block on the card, and moves the company name beside the logo', () => {
    for (const hasLogo of [false, true]) {
      const layout = socialCardLayout({ ...card, hasLogo });
      for (const block of layout.texts) {
        expect(block.left + block.width).toBeLessThanOrEqual(CARD_WIDTH);
        expect(block.top + block.maxHeight).toBeLessThanOrEqual(CARD_HEIGHT);
      }
      expect(layout.logo !== undefined).toBe(hasLogo);
      expect(layout.texts[0]!.left).toBe(hasLogo ? 80 + 96 + 24 : 80);
    }
  });

  it('escapes the board name painted over the shared background, and sets it flush right', () => {
    const name = boardNameBlock('A & B <jobs>')!;
    expect(name.markup).toContain('A &amp; B &lt;jobs&gt;');
    expect(name.alignRight).toBe(true);
    expect(name.left + name.width).toBe(CARD_WIDTH - 80);
  });
});

describe('text the card font cannot draw', () => {
  it('keeps Latin with accents, Greek, Cyrillic and Devanagari as written', () => {
    for (const text of [
      'Ingénieure logicielle à Łódź, Ærøskøbing',
      'Μηχανικός λογισμικού',
      'Старший инженер',
      'क्षेत्र प्रबंधक',
      'e\u0301 R&D — 50% · €',
    ]) {
      expect(drawableText(text)).toBe(text);
    }
  });

  it('leaves out CJK, Arabic and Hebrew, with their marks, and turns white space the font lacks into spaces', () => {
    expect(drawableText('Backend Engineer 東京 مُهندس מהנדס')).toBe('Backend Engineer');
    expect(drawableText('日\u0301Lead\u3000Designer')).toBe('Lead Designer');
    expect(drawableText('Data\tEngineer')).toBe('Data Engineer');
    expect(drawableText('東京')).toBe('');
  });

  it('never changes a salary, whatever its currency', () => {
    for (const currency of currencyCodes()) {
      const salary = salaryText({ min: 85_000.5, max: 105_000, currency, period: 'year', estimated: true });
      expect(drawableText(salary)).toBe(salary);
    }
  });

  it('drops a block with nothing left to draw, since Pango cannot render empty text', () => {
    // The hostile fixture's title: Arabic, Hebrew and emoji, none of which the card font draws.
    const layout = socialCardLayout({
      title: 'مهندس برمجيات 🚀 מהנדס תוכנה 👩🏽‍💻',
      company: '株式会社',
      facts: 'Remote (Worldwide)',
      salary: '€50,000 – €60,000 per year',
      hasLogo: true,
      boardName: 'Openings',
    });
    expect(layout.texts).toHaveLength(1);
    expect(layout.texts[0]!.markup).toContain('Remote (Worldwide)');
    expect(layout.texts[0]!.markup).not.toMatch(/[\u0590-\u06ff]/u);
    expect(boardNameBlock('求人')).toBeUndefined();
  });
});

describe('emoji on social cards', () => {
  it('are left out, since a server without an emoji font would draw empty boxes', () => {
    expect(withoutEmoji('Rust Engineer 🚀')).toBe('Rust Engineer');
    expect(withoutEmoji('🎉 Lead 👩🏽‍💻 Designer 🇩🇪')).toBe('Lead Designer');
    expect(withoutEmoji('Keycap 1️⃣ and ❤️ love')).toBe('Keycap 1 and love');
    // Letters, digits, symbols and other scripts stay.
    expect(withoutEmoji('Runner 🏃\u200D♀\uFE0F and 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland')).toBe(
      'Runner and Scotland',
    );
    // Letters, digits, symbols and other scripts stay, joiners and selectors in them included (Sinhala "ශ්‍රී" has a U+200D).
    for (const text of [
      'C# / C++ Developer',
      'Ingénieur·e logiciel',
      '日本語 エンジニア',
      'R&D — 50%',
      '© Acme™',
      'ශ්\u200Dරී ලංකා',
      'Arrow ↔\uFE0E text',
    ]) {
      expect(withoutEmoji(text)).toBe(text);
    }
    const markup = socialCardLayout({ title: 'Ship it 🚀', company: 'Acme ✨', facts: 'Remote', hasLogo: false, boardName: 'Openings' })
      .texts.map((t) => t.markup)
      .join('\n');
    expect(markup).toContain('Ship it</span>');
    expect(markup).toContain('>Acme</span>');
    expect(markup).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
