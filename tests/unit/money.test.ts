import { describe, expect, it } from 'vitest';
import {
  arrsSumPence,
  basisPointsFromPercent,
  formatBasisPoints,
  formatPounds,
  formatTenthPence,
  parsePercent,
  parsePounds,
  parseTenthPence,
  penceAsTyped,
  penceFromPounds,
  percentOfPence,
  roundPence,
  roundToPlaces,
} from '../../src/shared/rules/money.ts';

describe('rounding money', () => {
  it('rounds half a penny up, in one place', () => {
    expect(roundPence(100.5)).toBe(101);
    expect(roundPence(100.49)).toBe(100);
    expect(roundPence(267726.6666)).toBe(267727);
  });

  it('turns old floating-point pounds and percentages into pence and basis points without changing them', () => {
    expect(penceFromPounds(180.1)).toBe(18010);
    expect(penceFromPounds(289.35)).toBe(28935);
    expect(penceFromPounds(0.1)).toBe(10);
    expect(penceFromPounds(1234.565)).toBe(123457); // half a penny, only possible in old data: rounds up
    expect(penceFromPounds(2.675)).toBe(268);
    expect(basisPointsFromPercent(14.38)).toBe(1438);
    expect(basisPointsFromPercent(11.5)).toBe(1150);
    expect(basisPointsFromPercent(0.1)).toBe(10);
  });

  it('takes a percentage of an amount and the ARRS sum, in pence', () => {
    expect(percentOfPence(250000, 800)).toBe(20000);
    expect(percentOfPence(250000, 1445)).toBe(36125);
    expect(percentOfPence(3, 5000)).toBe(2); // 1.5p rounds up
    expect(arrsSumPence(1000, 26631)).toBe(2663100);
    expect(arrsSumPence(500, 26631)).toBe(1331550);
    expect(arrsSumPence(1, 22671)).toBe(2267); // £22.671 is 2,267.1 pence, rounded once
  });

  it('rounds figures that are not money for display, through the named helper', () => {
    expect(roundToPlaces(2 / 3, 2)).toBe(0.67);
    expect(roundToPlaces(87.46, 1)).toBe(87.5);
  });
});

describe('showing money', () => {
  it('writes pounds, basis points and tenths of a penny as people read them', () => {
    expect(formatPounds(267727)).toBe('£2,677.27');
    expect(formatBasisPoints(1438)).toBe('14.38%');
    expect(formatBasisPoints(800)).toBe('8%');
    expect(formatTenthPence(22671)).toBe('£22.671');
    expect(penceAsTyped(250000)).toBe('2500.00');
  });
});

describe('reading what people type', () => {
  const pence = (text: string) => parsePounds(text);

  it('reads pounds with or without £, commas and pence', () => {
    expect(pence('£1,234.5')).toEqual({ ok: true, value: 123450 });
    expect(pence('1234.56')).toEqual({ ok: true, value: 123456 });
    expect(pence('30000')).toEqual({ ok: true, value: 3000000 });
    expect(pence(' £ 40,159 ')).toEqual({ ok: true, value: 4015900 });
    expect(pence('0.1')).toEqual({ ok: true, value: 10 });
    expect(pence('.5')).toEqual({ ok: true, value: 50 });
    expect(pence('289.35')).toEqual({ ok: true, value: 28935 });
    expect(pence('0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses fractions of a penny, negatives, letters and nothing, each with a message', () => {
    expect(pence('12.345')).toEqual({
      ok: false,
      message: 'Use pounds and pence: at most two figures after the point',
    });
    expect(pence('-5')).toEqual({ ok: false, message: 'The amount cannot be negative' });
    expect(pence('−5')).toEqual({ ok: false, message: 'The amount cannot be negative' });
    expect(pence('ten')).toEqual({ ok: false, message: 'Write the amount in figures, such as 1,234.56' });
    expect(pence('12a')).toMatchObject({ ok: false });
    expect(pence('1,23')).toMatchObject({ ok: false });
    expect(pence('1.2.3')).toMatchObject({ ok: false });
    expect(pence('')).toEqual({ ok: false, message: 'Enter an amount, such as 1,234.56' });
    expect(pence('.')).toMatchObject({ ok: false });
    expect(pence('9999999999999')).toEqual({ ok: false, message: 'That amount is too large' });
  });

  it('reads percentages in basis points, up to 100', () => {
    expect(parsePercent('14.38')).toEqual({ ok: true, value: 1438 });
    expect(parsePercent('8%')).toEqual({ ok: true, value: 800 });
    expect(parsePercent('100')).toEqual({ ok: true, value: 10000 });
    expect(parsePercent('100.01')).toEqual({ ok: false, message: 'A percentage is at most 100' });
    expect(parsePercent('14.385')).toEqual({ ok: false, message: 'Use at most two figures after the point' });
    expect(parsePercent('-1')).toMatchObject({ ok: false });
  });

  it('reads an amount per weighted patient in tenths of a penny', () => {
    expect(parseTenthPence('£22.671')).toEqual({ ok: true, value: 22671 });
    expect(parseTenthPence('26.6')).toEqual({ ok: true, value: 26600 });
    expect(parseTenthPence('22.6711')).toEqual({ ok: false, message: 'Use at most three figures after the point' });
  });
});
