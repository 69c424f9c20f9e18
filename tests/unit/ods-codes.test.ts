import { describe, expect, it } from 'vitest';
import { pcnOdsCode, practiceOdsCode } from '../../src/shared/schemas/fields.ts';

const problemOf = (result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined =>
  result.error?.issues[0]?.message;

describe('ODS codes', () => {
  it("take a practice's code as a letter and 5 digits, in capitals whatever was typed", () => {
    expect(practiceOdsCode.parse('A81001')).toBe('A81001');
    expect(practiceOdsCode.parse(' y02345 ')).toBe('Y02345');
    expect(practiceOdsCode.parse('W97001')).toBe('W97001');
  });

  it("refuse anything else as a practice's code, saying what the shape is", () => {
    for (const typed of ['bad', 'A8100', 'A810011', '81001A', 'AB1001', 'U12345X', 'A81-01']) {
      expect(problemOf(practiceOdsCode.safeParse(typed)), typed).toBe(
        'A practice ODS code is a letter and 5 digits, such as A81001',
      );
    }
    expect(problemOf(practiceOdsCode.safeParse('  '))).toBe('Enter the practice ODS code');
  });

  it("take a PCN's code as U and 5 digits only", () => {
    expect(pcnOdsCode.parse('u12345')).toBe('U12345');
    for (const typed of ['bad', 'A81001', 'U1234', 'U123456', 'UU2345']) {
      expect(problemOf(pcnOdsCode.safeParse(typed)), typed).toBe('A PCN ODS code is U and 5 digits, such as U12345');
    }
    expect(problemOf(pcnOdsCode.safeParse(''))).toBe('Enter the PCN ODS code');
  });
});
