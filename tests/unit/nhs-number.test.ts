import { describe, expect, it } from 'vitest';
import { findNhsNumbers, isValidNhsNumber } from '../../src/shared/rules/nhs-number.ts';

describe('NHS number detection', () => {
  it('accepts a number whose Modulus 11 check digit is right, and no other', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('401023213')).toBe(false);
    // Check digit 10 is never valid.
    expect(isValidNhsNumber('1000000010')).toBe(false);
  });

  it('finds a valid number written plainly, spaced 3-3-4, or with hyphens', () => {
    expect(findNhsNumbers('Discussed 9434765919 today')).toEqual(['9434765919']);
    expect(findNhsNumbers('patient 943 476 5919 was seen')).toEqual(['943 476 5919']);
    expect(findNhsNumbers('ref 943-476-5919')).toEqual(['943-476-5919']);
  });

  it('ignores a number with a wrong check digit, and longer runs of digits', () => {
    expect(findNhsNumbers('call 943 476 5918')).toEqual([]);
    expect(findNhsNumbers('order 94347659190')).toEqual([]);
    expect(findNhsNumbers('01234 567890 is a phone number')).toEqual([]);
  });
});
