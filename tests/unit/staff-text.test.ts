import { describe, expect, it } from 'vitest';
import { isBlank, nhsNumberWarning, normaliseText, staffTextProblem } from '../../src/shared/rules/staff-text.ts';
import { nameText, staffText } from '../../src/shared/schemas/staff-text.ts';

// 943 476 5919 passes the Modulus 11 check; 943 476 5918 does not.
const NHS_NUMBER = '943 476 5919';
const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF\u00AD';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined =>
  result.error?.issues[0]?.message;

describe('staff text, as a rule', () => {
  it('is stored in NFC, with line breaks as \\n and nothing invisible at either end', () => {
    expect(normaliseText('Zoe\u0308')).toBe('Zoë');
    expect(normaliseText('Zoe\u0308')).toBe('Zo\u00EB');
    expect(normaliseText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
    expect(normaliseText(`\u200B  Jane Smith \uFEFF\n`)).toBe('Jane Smith');
  });

  it('counts text of spaces and invisible characters only as blank', () => {
    expect(isBlank(ZERO_WIDTH)).toBe(true);
    expect(isBlank(` ${ZERO_WIDTH} \n`)).toBe(true);
    expect(isBlank('J\u200Bo')).toBe(false);
  });

  it('refuses a control character, and a line break or tab outside a multi-line field', () => {
    const control = 'This has a control character that cannot be stored: type it again rather than pasting it';
    expect(staffTextProblem('Jane\u0000Smith', { max: 120 })).toBe(control);
    expect(staffTextProblem('Jane\u0007', { max: 120, multiline: true })).toBe(control);
    expect(staffTextProblem('Jane\u009BSmith', { max: 120 })).toBe(control);
    expect(staffTextProblem('Jane\nSmith', { max: 120 })).toBe('Keep this to one line');
    expect(staffTextProblem('Jane\tSmith', { max: 120 })).toBe(control);
    expect(staffTextProblem('First\n\tthen', { max: 120, multiline: true })).toBeNull();
  });

  it('refuses half of a surrogate pair rather than letting it become U+FFFD', () => {
    const broken = 'This has a broken character (half of a pair): type it again rather than pasting it';
    expect(staffTextProblem('Jane \uD83D', { max: 120 })).toBe(broken);
    expect(staffTextProblem('\uDE00 Jane', { max: 120 })).toBe(broken);
    expect(staffTextProblem('Jane \uD83D\uDE00', { max: 120 })).toBeNull();
  });

  it('asks for required text, lets optional text be empty, and counts its length', () => {
    expect(staffTextProblem('', { max: 10, required: 'Enter the name' })).toBe('Enter the name');
    expect(staffTextProblem(ZERO_WIDTH, { max: 10, required: 'Enter the name' })).toBe('Enter the name');
    expect(staffTextProblem('', { max: 10 })).toBeNull();
    expect(staffTextProblem('ab', { max: 10, min: [3, 'Describe the action'] })).toBe('Describe the action');
    expect(staffTextProblem('', { max: 10, min: [3, 'Describe the action'] })).toBe('Describe the action');
    expect(staffTextProblem('x'.repeat(11), { max: 10 })).toBe('Use 10 characters or fewer');
    expect(staffTextProblem('x'.repeat(11), { max: 10, tooLong: 'Too long' })).toBe('Too long');
  });

  it('refuses an NHS number, with the warning the forms show', () => {
    const warning = `This looks like an NHS number (${NHS_NUMBER}): remove patient identifiers before saving`;
    expect(nhsNumberWarning(`Discussed ${NHS_NUMBER}`)).toBe(warning);
    expect(nhsNumberWarning('Discussed 943 476 5918')).toBeNull();
    expect(staffTextProblem(`Call ${NHS_NUMBER}`, { max: 200 })).toBe(warning);
    expect(staffTextProblem('PCWP-9434765919', { max: 60 })).toBe(
      'This looks like an NHS number (9434765919): remove patient identifiers before saving',
    );
  });
});

describe('staff text, as a schema', () => {
  const note = staffText(2000, { multiline: true }).default('');
  const name = nameText('worker’s name');

  it('stores what it normalised', () => {
    expect(name.parse('  Zoe\u0308 Ndlovu\u200B ')).toBe('Zoë Ndlovu');
    expect(note.parse(undefined)).toBe('');
    expect(note.parse('Line one\r\nLine two')).toBe('Line one\nLine two');
  });

  it('refuses a name of zero-width characters only, a NUL and a lone surrogate', () => {
    expect(messageOf(name.safeParse(ZERO_WIDTH))).toBe('Enter the worker’s name');
    expect(messageOf(name.safeParse('Jane\u0000'))).toMatch(/control character/);
    expect(messageOf(name.safeParse('Jane \uD800'))).toMatch(/broken character/);
    expect(messageOf(name.safeParse('x'.repeat(121)))).toBe('The worker’s name must be 120 characters or fewer');
    expect(messageOf(name.safeParse(42))).toBe('Enter the worker’s name');
  });

  it('refuses an NHS number in a note', () => {
    expect(messageOf(note.safeParse(`Talked about ${NHS_NUMBER}`))).toMatch(
      /looks like an NHS number \(943 476 5919\)/,
    );
  });
});
