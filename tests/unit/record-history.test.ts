import { describe, expect, it } from 'vitest';
import type { TrainingRecord } from '../../src/shared/domain/requirements.ts';
import type { RecordContent } from '../../src/shared/rules/record-history.ts';
import {
  changeInWords,
  inForce,
  recordChanges,
  recordInWords,
  withdrawalInWords,
} from '../../src/shared/rules/record-history.ts';

const content = (change: Partial<RecordContent> = {}): RecordContent => ({
  status: 'completed',
  startDate: null,
  completedOn: '2026-02-03',
  expiresOn: null,
  provider: 'e-LfH',
  notes: '',
  signedOffBy: null,
  trainingHours: null,
  reimbursable: null,
  evidence: [],
  ...change,
});

const record = (change: Partial<TrainingRecord> = {}): TrainingRecord => ({
  id: 1,
  workerId: 1,
  requirementId: 'fire-safety',
  status: 'completed',
  startDate: null,
  completedOn: '2026-02-03',
  expiresOn: null,
  provider: '',
  notes: '',
  signedOffBy: null,
  trainingHours: null,
  reimbursable: false,
  createdAt: '2026-02-03T10:00:00.000Z',
  selfReported: false,
  verifiedAt: null,
  verifiedBy: null,
  evidence: [],
  corrections: [],
  withdrawal: null,
  ...change,
});

describe("a record's history in words", () => {
  it('names each changed field once, treating empty and missing alike, then the certificates', () => {
    expect(recordChanges(content(), content({ signedOffBy: '' }))).toEqual([]);
    expect(
      recordChanges(
        content({ evidence: ['a.pdf'] }),
        content({ status: 'in_progress', completedOn: null, evidence: ['a.pdf', 'b.pdf'] }),
      ),
    ).toEqual([
      { field: 'status', from: 'completed', to: 'in_progress' },
      { field: 'completedOn', from: '2026-02-03', to: null },
      { field: 'evidence', from: 'a.pdf', to: 'a.pdf, b.pdf' },
    ]);
  });

  it('says a change the way a person would: dates as dd/mm/yyyy, statuses in words, text quoted', () => {
    expect(changeInWords({ field: 'completedOn', from: '2026-02-03', to: '2026-03-03' })).toBe(
      'completion date 03/02/2026 → 03/03/2026',
    );
    expect(changeInWords({ field: 'status', from: 'completed', to: 'in_progress' })).toBe(
      'status completed → in progress',
    );
    expect(changeInWords({ field: 'expiresOn', from: null, to: '2027-03-01' })).toBe('expiry date 01/03/2027 added');
    expect(changeInWords({ field: 'provider', from: 'NHS Elect', to: '' })).toBe('provider "NHS Elect" removed');
    expect(changeInWords({ field: 'evidence', from: null, to: 'ig.pdf' })).toBe('certificates ig.pdf added');
  });

  it('puts a record on one line, and says who withdrew it, when and why', () => {
    expect(recordInWords(record({ provider: 'e-LfH', expiresOn: '2027-02-03', signedOffBy: 'Dr Asha Patel' }))).toBe(
      'Completed 03/02/2026 · expires 03/02/2027 · e-LfH · signed off by Dr Asha Patel',
    );
    expect(recordInWords(record({ status: 'booked', completedOn: null, startDate: '2026-12-05' }))).toBe(
      'Booked for 05/12/2026',
    );
    const withdrawal = { at: '2026-11-16T09:30:00.000Z', by: 'Dr Asha Patel', reason: 'Entered twice' };
    expect(withdrawalInWords(withdrawal)).toBe('Withdrawn on 16/11/2026 by Dr Asha Patel: Entered twice');
    expect(withdrawalInWords(withdrawal, 'Tick undone')).toBe(
      'Tick undone on 16/11/2026 by Dr Asha Patel: Entered twice',
    );
    expect(inForce(record({ withdrawal }))).toBe(false);
    expect(inForce(record())).toBe(true);
  });
});
