import { describe, expect, it } from 'vitest';
import { socialCardSvg, wrapText } from '../../src/lib/social-card.ts';

describe('social card', () => {
  it('wraps titles by words, cuts long words, and ends a cut title with …', () => {
    expect(wrapText('Machine Learning Engineer, Load Forecasting', 28, 3)).toEqual(['Machine Learning Engineer,', 'Load Forecasting']);
    expect(wrapText('x'.repeat(60), 28, 3)).toEqual(['x'.repeat(28), 'x'.repeat(28), 'xxxx']);
    const cut = wrapText('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen', 20, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });

  it('shows title, company, facts and salary, escaped', () => {
    const svg = socialCardSvg({
      title: '</text><b>"Lead" & co',
      company: 'Acme "Labs"',
      facts: 'Remote (Europe)',
      salary: '€85,000 – €105,000 per year',
      boardName: 'Openings',
    });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;/text&gt;&lt;b&gt;&quot;Lead&quot; &amp; co');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Acme &quot;Labs&quot;');
    expect(svg).toContain('Remote (Europe)');
    expect(svg).toContain('€85,000 – €105,000 per year');
    expect(svg).not.toContain('<image');
  });

  it('embeds the logo when there is one', () => {
    const svg = socialCardSvg({
      title: 'Designer',
      company: 'Acme',
      facts: 'Remote',
      logoDataUri: 'data:image/svg+xml;base64,PHN2Zy8+',
      boardName: 'Openings',
    });
    expect(svg).toContain('<image href="data:image/svg+xml;base64,PHN2Zy8+"');
  });
});
