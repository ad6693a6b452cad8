/**
 * The description rules of round two: words measured as a line breaker
 * breaks them, characters that reorder or hide words, stacked marks, and
 * inline nesting, as the validator reports them.
 */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/listing-files/validate/body.ts';
import { longestUnbreakableRun } from '../../src/lib/line-breaks.ts';

const filler = `\n\n${'We build calm, useful software for clinics and the people who run them. '.repeat(5)}\n`;
const errors = (body: string) =>
  checkBody('content/jobs/x.md', body, 10)
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.line} ${p.message}`);

describe('words, as a line breaker measures them', () => {
  it('passes CJK and Thai paragraphs, which break between words without spaces', () => {
    const japanese = '私たちは東京を拠点とするソフトウェア会社で、医療機関向けの予約システムを開発しています。'.repeat(12);
    const chinese = '我们正在寻找一位有经验的后端工程师，负责设计和维护我们的预约系统，与产品和设计团队紧密合作。'.repeat(10);
    const thai = 'เรากำลังมองหาวิศวกรซอฟต์แวร์ที่มีประสบการณ์ในการพัฒนาระบบสำหรับคลินิกและโรงพยาบาล'.repeat(8);
    for (const paragraph of [japanese, chinese, thai]) {
      expect(paragraph.length).toBeGreaterThan(300);
      expect(errors(`${paragraph}${filler}`)).toEqual([]);
    }
    expect(longestUnbreakableRun(thai)).toBeLessThan(20);
  });

  it('counts no-break spaces and other glue as part of the word, as browsers do', () => {
    for (const [glue, name] of [
      ['\u00A0', 'no-break space'],
      ['\u2007', 'figure space'],
      ['\u202F', 'narrow no-break space'],
    ]) {
      expect(errors(`${`abcd${glue}`.repeat(100)}${filler}`), name).toEqual([
        '10 has a word of 499 characters; break it up (no word or link may be over 300 characters)',
      ]);
    }
  });

  it('finds words that never break although they have spaces or punctuation: "( ( (", "a,a,a"', () => {
    expect(longestUnbreakableRun('( '.repeat(400))).toBe(799);
    expect(longestUnbreakableRun('a,'.repeat(400))).toBe(800);
    expect(longestUnbreakableRun('ab/'.repeat(400))).toBe(3);
    expect(errors(`${'a,'.repeat(200)}${filler}`)).toEqual([
      '10 has a word of 400 characters; break it up (no word or link may be over 300 characters)',
    ]);
  });

  it('measures a word across emphasis, code and links, which the page joins into one', () => {
    const joined = `x${'**b**`c`[d](https://acme.example)'.repeat(110)}`;
    expect(errors(`${joined}${filler}`)).toEqual([
      '10 has a word of 331 characters; break it up (no word or link may be over 300 characters)',
    ]);
  });
});

describe('characters that change what a description says', () => {
  it('refuses direction overrides, embeddings, isolates and invisible fillers, on their line', () => {
    for (const char of ['\u202E', '\u202B', '\u2067', '\u2066', '\u2060', '\uFEFF', '\u3164', '\u{E0041}']) {
      const [message] = errors(`Line one.\n\nDownload gnp${char}.exe here.${filler}`);
      expect(message, char).toMatch(/^12 contains an invisible or direction-changing character \(U\+[0-9A-F]{4,5}\)/);
    }
  });

  it('keeps the ones running text needs: soft hyphens, zero-width spaces, joiners and direction marks', () => {
    const text = 'Donau\u00ADdampf\u00ADschiff. ภาษา\u200Bไทย. 👩🏽\u200D💻. שלום \u200E2026\u200F.';
    expect(errors(`${text}${filler}`)).toEqual([]);
  });

  it('refuses marks stacked on one character, after composing what Unicode can', () => {
    expect(errors(`Ze\u0301\u0302\u0303\u0304\u0305ro.${filler}`)).toEqual([
      '10 stacks 4 combining marks on one character, which draws over the text around it; keep at most 3',
    ]);
    // Vietnamese and Thai stack two; Hebrew points three.
    expect(errors(`Tiếng Việt. ที่นี่. שָּׁלוֹם.${filler}`)).toEqual([]);
  });
});

describe('nesting, counted the way the page nests elements', () => {
  it('refuses emphasis, bold, strikethrough and links nested more than four deep, however deep', () => {
    expect(errors(`***~~[a *b*](https://acme.example)~~***${filler}`)).toEqual([
      '10 nests emphasis, bold, strikethrough or links more than 4 levels deep; flatten it',
    ]);
    expect(errors(`***~~[a b](https://acme.example)~~***${filler}`)).toEqual([]);
    expect(errors(`${'*a '.repeat(15_000)}x${' a*'.repeat(15_000)}`)).toEqual([
      '10 nests emphasis, bold, strikethrough or links more than 4 levels deep; flatten it',
    ]);
  });

  it('accepts task lists, which the page shows as text', () => {
    expect(errors(`- [ ] Ship the API\n- [x] Hire the team${filler}`)).toEqual([]);
  });
});
