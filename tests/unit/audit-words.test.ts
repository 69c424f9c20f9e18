import { describe, expect, it } from 'vitest';
import { actionLabel, AUDIT_ACTIONS, recordLabel } from '../../src/shared/domain/audit-kinds.ts';
import { changesOf } from '../../src/shared/rules/audit-changes.ts';
import { readableSummary } from '../../src/shared/rules/audit-words.ts';
import { withArticle } from '../../src/shared/rules/words.ts';

const noNames = () => null;

describe('an audit summary in words', () => {
  it('reads the codes earlier versions wrote: roles, ISO dates and claim months', () => {
    expect(readableSummary('Set the 2024/25 maximum for hwbc from 2024-04-01')).toBe(
      'Set the 2024/25 maximum for health and wellbeing coach from 01/04/2024',
    );
    expect(readableSummary('Returned the ARRS claim for 2026-10 to draft. Check it again')).toBe(
      'Returned the ARRS claim for October 2026 to draft. Check it again',
    );
    expect(readableSummary('Recorded pay for Florence Ndlovu from 2026-11-01')).toBe(
      'Recorded pay for Florence Ndlovu from 01/11/2026',
    );
    expect(readableSummary('Set the 2025/26 maximum for care_coordinator and splw')).toBe(
      'Set the 2025/26 maximum for care coordinator and social prescribing link worker',
    );
  });

  it('puts right the article Linkwork wrote, and only there', () => {
    expect(readableSummary('Started a annual self-assessment for Florence Ndlovu on SPLW v1')).toBe(
      'Started an annual self-assessment for Florence Ndlovu on SPLW v1',
    );
    expect(readableSummary('Recorded a educational supervision session for Florence Ndlovu')).toBe(
      'Recorded an educational supervision session for Florence Ndlovu',
    );
    expect(readableSummary('Started a baseline self-assessment for Ann')).toBe(
      'Started a baseline self-assessment for Ann',
    );
    // What someone typed is theirs: a reason is never corrected.
    expect(readableSummary('Marked Fire safety as not required for Ann: a exemption agreed')).toBe(
      'Marked Fire safety as not required for Ann: a exemption agreed',
    );
  });

  it('leaves a code inside a requirement id, a date that is not real, and a financial year alone', () => {
    expect(readableSummary('Made splw-peer-support required again')).toBe('Made splw-peer-support required again');
    expect(readableSummary('Typed 2026-02-31 and 2025/26')).toBe('Typed 2026-02-31 and 2025/26');
  });

  it('chooses "a" or "an" by sound', () => {
    expect(['annual review', 'baseline', 'educational', 'one-to-one', 'user', 'hour'].map(withArticle)).toEqual([
      'an annual review',
      'a baseline',
      'an educational',
      'a one-to-one',
      'a user',
      'a hour',
    ]);
  });
});

describe('the codes of actions and records', () => {
  it('have words, and a code from a newer version still reads as words', () => {
    expect(actionLabel('training.record')).toBe('Training recorded');
    expect(actionLabel('assessment.sign')).toBe('Assessment signed');
    expect(actionLabel('rota.swapShift')).toBe('Rota swap shift');
    expect(recordLabel('supervision_session')).toBe('Supervision record');
    expect(recordLabel('shift_pattern')).toBe('Shift pattern');
  });

  it('give every action its own words', () => {
    const labels = Object.values(AUDIT_ACTIONS).map((a) => a.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('the changes of an entry in words', () => {
  it('names the fields and says the values as the page does', () => {
    const before = { id: 7, role: 'hwbc', hoursPerWeek: 30, startDate: '2025-04-01', arrsFunded: true };
    const after = { id: 7, role: 'splw', hoursPerWeek: 30, startDate: '2025-05-01', arrsFunded: false };
    expect(changesOf('worker', before, after, noNames)).toEqual([
      { field: 'role', before: 'Health and wellbeing coach', after: 'Social prescribing link worker' },
      { field: 'start date', before: '01/04/2025', after: '01/05/2025' },
      { field: 'ARRS funding', before: 'yes', after: 'no' },
    ]);
  });

  it('names what a reference points at, says money in pounds and a status in words for its kind of record', () => {
    const names = (key: string, id: number | string) =>
      key === 'requirementId' && id === 'fire-safety' ? 'Fire safety' : null;
    const record = { requirementId: 'fire-safety', status: 'in_progress', createdAt: '2026-11-16T09:05:00.000Z' };
    expect(changesOf('training_record', null, record, names)).toEqual([
      { field: 'requirement', before: null, after: 'Fire safety' },
      { field: 'status', before: null, after: 'In progress' },
      { field: 'recorded at', before: null, after: '16/11/2026 09:05' },
    ]);
    expect(changesOf('arrs_rate', { annualMaxPence: 4_015_900, area: 'inner_london' }, null, noNames)).toEqual([
      { field: 'annual maximum', before: '£40,159.00', after: null },
      { field: 'area', before: 'inner London', after: null },
    ]);
  });

  it('says pay, on-costs, claim decisions and months in words', () => {
    const pay = {
      annualSalaryPence: 3_200_000,
      ni: { kind: 'percent', basisPoints: 1380 },
      pension: { kind: 'amount', monthlyPence: 12_000 },
    };
    expect(changesOf('worker_pay', null, pay, noNames)).toEqual([
      { field: 'salary a year', before: null, after: '£32,000.00' },
      { field: "employer's NI", before: null, after: '13.8%' },
      { field: "employer's pension", before: null, after: '£120.00 a month' },
    ]);
    expect(changesOf('claim', null, { decision: 'exclude', month: '2026-10' }, noNames)).toEqual([
      { field: 'decision', before: null, after: 'excluded, to be claimed later' },
      { field: 'month', before: null, after: 'October 2026' },
    ]);
    expect(changesOf('account', { roles: { lead: true, viewer: false } }, null, noNames)).toEqual([
      { field: 'roles', before: 'lead: yes, viewer: no', after: null },
    ]);
  });

  it('lists the names of things in a list, and says nothing for an entry with no values', () => {
    const evidence = [{ originalName: 'certificate.pdf' }, { originalName: 'letter.pdf' }];
    expect(changesOf('training_record', { evidence: [] }, { evidence }, noNames)).toEqual([
      { field: 'evidence', before: '—', after: 'certificate.pdf, letter.pdf' },
    ]);
    expect(changesOf('pcn', null, null, noNames)).toEqual([]);
  });
});
