import { describe, expect, it } from 'vitest';
import { decodeSkills, encodeSkills } from '../../src/search/skills.ts';

describe('skills in search metadata', () => {
  const skills = [
    { id: 'go', label: 'Go' },
    { id: 'c-sharp', label: 'C#' },
    { id: 'ci-cd', label: 'CI/CD "pipelines"' },
  ];

  it('round-trips ids and labels, quotes and all', () => {
    expect(decodeSkills(encodeSkills(skills))).toEqual(skills);
  });

  it('writes no key names that a search could match', () => {
    const encoded = encodeSkills(skills);
    expect(encoded).not.toMatch(/\b(id|label)\b/);
    expect(encoded).toBe('[["go","Go"],["c-sharp","C#"],["ci-cd","CI/CD \\"pipelines\\""]]');
  });

  it('reads nothing from a missing or malformed field', () => {
    expect(decodeSkills(undefined)).toEqual([]);
    expect(decodeSkills('not json')).toEqual([]);
    expect(decodeSkills('{"go":"Go"}')).toEqual([]);
    expect(decodeSkills('[["go"],["sql","SQL"],[1,"x"]]')).toEqual([{ id: 'sql', label: 'SQL' }]);
  });
});
