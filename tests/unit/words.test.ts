import { describe, expect, it } from 'vitest';
import { countOf, daysAway } from '../../src/shared/rules/words.ts';

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise, zero included', () => {
    expect(countOf(1, 'day')).toBe('1 day');
    expect(countOf(2, 'day')).toBe('2 days');
    expect(countOf(0, 'day')).toBe('0 days');
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'person', 'people')).toBe('1 person');
    expect(countOf(3, 'person', 'people')).toBe('3 people');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('writes large numbers with thousands separated, as everywhere else', () => {
    expect(countOf(4488, 'line')).toBe('4,488 lines');
  });
});

describe('daysAway', () => {
  it('says today, in one day, in several days, and days ago', () => {
    expect(daysAway(0)).toBe('today');
    expect(daysAway(1)).toBe('in 1 day');
    expect(daysAway(12)).toBe('in 12 days');
    expect(daysAway(-1)).toBe('1 day ago');
    expect(daysAway(-3)).toBe('3 days ago');
  });
});
