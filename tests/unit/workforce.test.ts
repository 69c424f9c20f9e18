import { describe, expect, it } from 'vitest';
import { employmentState, formatWte, isInPost, wholeTimeEquivalent } from '../../src/shared/rules/workforce.ts';

describe('workforce rules', () => {
  it('work out WTE from the PCN full-time week', () => {
    expect(wholeTimeEquivalent(30, 37.5)).toBe(0.8);
    expect(formatWte(wholeTimeEquivalent(22.5, 37.5))).toBe('0.60');
    expect(formatWte(wholeTimeEquivalent(37.5, 40))).toBe('0.94');
    expect(() => wholeTimeEquivalent(30, 0)).toThrow(RangeError);
  });

  it('count the start date and the leaving date as days in post', () => {
    const worker = { startDate: '2025-04-01', leavingDate: '2025-09-30' };
    expect(isInPost(worker, '2025-03-31')).toBe(false);
    expect(isInPost(worker, '2025-04-01')).toBe(true);
    expect(isInPost(worker, '2025-09-30')).toBe(true);
    expect(isInPost(worker, '2025-10-01')).toBe(false);
    expect(employmentState(worker, '2025-03-31')).toBe('starting');
    expect(employmentState(worker, '2025-10-01')).toBe('left');
    expect(employmentState({ startDate: '2025-04-01', leavingDate: null }, '2030-01-01')).toBe('in post');
  });
});
