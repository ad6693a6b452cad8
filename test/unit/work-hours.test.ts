import { describe, expect, it } from 'vitest';
import { describeHours } from '../../src/client/work-hours.ts';

describe('the work-hours sentence', () => {
  it('says whether the window fits the visitor’s day, or how much of it they share', () => {
    expect(describeHours(-60, 180, 0)).toBe('That is 08:00–16:00 your time · fits your day');
    expect(describeHours(-60, 180, -300)).toBe('That is 03:00–11:00 your time · 2 h overlap with your working day');
    expect(describeHours(-60, 180, -330)).toBe('That is 02:30–10:30 your time · 1.5 h overlap with your working day');
    expect(describeHours(-60, 180, 540)).toBe('That is 17:00–01:00 your time · no overlap with your working day');
  });
});
