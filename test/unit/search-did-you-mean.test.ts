import { describe, expect, it } from 'vitest';
import { closestWord, correctedQuery, editDistance } from '../../src/search/did-you-mean.ts';
import { searchVocabulary, wordsOf } from '../../src/search/vocabulary.ts';

describe('edit distance', () => {
  it.each([
    ['figam', 'figma', 1],
    ['figma', 'figma', 0],
    ['kubernets', 'kubernetes', 1],
    ['desinger', 'designer', 1],
    ['pyhton', 'python', 1],
    ['rust', 'go', 4],
  ])('%s → %s is %i', (a, b, d) => expect(editDistance(a, b, 5)).toBe(d));

  it('stops counting past the limit', () => {
    expect(editDistance('typescript', 'go', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('"Did you mean…?"', () => {
  const vocabulary = ['Engineer', 'Figma', 'Designer', 'Kubernetes', 'Go', 'Design', 'PostgreSQL'];

  it('suggests the closest word the board uses, in its spelling', () => {
    expect(closestWord('figam', vocabulary)).toBe('Figma');
    expect(closestWord('postgresq', vocabulary)).toBe('PostgreSQL');
    expect(closestWord('astronaut', vocabulary)).toBeUndefined();
  });

  it('corrects only the words it does not know', () => {
    expect(correctedQuery('figam', vocabulary)).toBe('Figma');
    expect(correctedQuery('senior desinger', vocabulary)).toBe('senior Designer');
    expect(correctedQuery('figma designer', vocabulary)).toBeUndefined();
    expect(correctedQuery('astronaut', vocabulary)).toBeUndefined();
  });
});

describe('the board’s vocabulary', () => {
  const job = (title: string, skills: string[], category = 'Product design') => ({
    title,
    category: { label: category },
    skills: skills.map((label) => ({ label })),
  });

  it('takes words of three characters or more, keeping C++ and Node.js whole', () => {
    expect(wordsOf('Senior C++ and C# Engineer, Node.js')).toEqual(['Senior', 'C++', 'Engineer', 'Node.js']);
  });

  it('puts the most used words first and prefers a label’s spelling', () => {
    const words = searchVocabulary(
      [job('Designer, figma', ['Figma']), job('Designer, Brand', ['Figma', 'Illustration']), job('Designer', ['Sketch'])],
      1000,
    );
    // Three uses each: "Figma" twice as a skill and once in a title, and "design" from the category "Product design".
    expect(words.slice(0, 4)).toEqual(['design', 'Designer', 'Figma', 'Product']);
    expect(words).toContain('Figma');
    expect(words).not.toContain('figma');
  });

  it('stays within its size', () => {
    const many = Array.from({ length: 500 }, (_, i) => job(`Role${i} Specialist`, [`Skill${i}`]));
    const words = searchVocabulary(many, 1024);
    expect(new TextEncoder().encode(JSON.stringify(words)).length).toBeLessThanOrEqual(1024);
    expect(words.length).toBeGreaterThan(50);
  });
});
