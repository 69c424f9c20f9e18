import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { callsOn, count, testBackend } from '../support/backend.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';
import { csvFile } from '../support/spreadsheets.ts';

// "Today" is 24/11/2026: the rolling 12 months are November 2025 to October 2026.
async function twoLinkWorkers(backend: Backend) {
  const { workerId: florence } = await supervisedLinkWorker(backend);
  const sam = await callsOn(backend)(
    'worker.create',
    linkWorker({ name: 'Sam Okafor', startDate: '2026-05-12', hoursPerWeek: 37.5 }),
  );
  return { florence, sam: sam.id };
}

const HEADINGS = [
  'Clinician',
  'Month',
  'Referrals (871731000000106)',
  'Declined (871711000000103)',
  'Contacts',
  'Supported',
  'Ended',
];

/**
 * A year of rows for Florence (58 supported as November 2025 opened, then 26 referrals a month: above 250 a year)
 * and Sam's six months since starting (May's 4 at its end are its 18 new less 14 ended: nobody inherited).
 */
function countsCsv(extra: (string | number)[][] = [], headings = HEADINGS) {
  const florence = Array.from({ length: 12 }, (_, i) => {
    const month = i < 2 ? `2025-${11 + i}` : `2026-${String(i - 1).padStart(2, '0')}`;
    return ['Florence Ndlovu', month, 26, 3, 190, 60, 24];
  });
  const sam = ['May 2026', 'Jun 2026', '07/2026', '01/08/2026', 'September 2026', '2026-10'].map((month, i) => [
    'sam okafor',
    month,
    18,
    1,
    150,
    i === 0 ? 4 : 40,
    14,
  ]);
  return csvFile([headings, ...florence, ...sam, ...extra], { fileName: 'caseload-october.csv' });
}

const auditCount = (backend: Backend) => count(backend, 'audit_log');

describe('caseload import', () => {
  it('imports a CSV of counts by clinician and month, in one audited batch', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { florence, sam } = await twoLinkWorkers(backend);
    const auditBefore = auditCount(backend);

    expect(await call('caseload.import', countsCsv())).toEqual({ months: 18, workers: 2 });
    expect(count(backend, 'caseload_month')).toBe(18);
    expect(auditCount(backend)).toBe(auditBefore + 1);

    const florences = await call('caseload.forWorker', { workerId: florence });
    expect(florences.figures).toMatchObject({ peopleSupported: 58 + 312, contactsPerPerson: 6.2, peopleFlag: 'above' });
    const sams = await call('caseload.forWorker', { workerId: sam });
    expect(sams.figures).toMatchObject({
      monthsInPost: 6,
      peopleSupported: 108,
      expectedPeople: { min: 100, max: 125 },
      peopleFlag: 'within',
    });

    const overview = await call('caseload.overview', {});
    expect(overview.rows.map((r) => [r.name, r.figures.peopleFlag])).toEqual([
      ['Florence Ndlovu', 'above'],
      ['Sam Okafor', 'within'],
    ]);
  });

  it('keeps a typed-in count the file has no column for', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { florence } = await twoLinkWorkers(backend);
    const counts = { referralsAccepted: 1, referralsDeclined: 0, contacts: 9, supportedAtEnd: 33, supportEnded: 2 };
    await call('caseload.save', { workerId: florence, month: '2026-10', counts });
    await call(
      'caseload.import',
      csvFile([
        ['Worker', 'Month', 'Referrals', 'Declined'],
        ['Florence Ndlovu', '2026-10', 20, 4],
      ]),
    );
    const { months } = await call('caseload.forWorker', { workerId: florence });
    expect(months).toEqual([{ ...counts, month: '2026-10', referralsAccepted: 20, referralsDeclined: 4 }]);
  });

  it.each([
    'NHS number',
    'Patient',
    'Patient name',
    'Date of birth',
    'DOB',
    'Postcode',
    'Address line 1',
    'Phone number',
  ])('refuses, writing nothing, a file with a column headed "%s"', async (heading) => {
    const backend = testBackend();
    await twoLinkWorkers(backend);
    const before = auditCount(backend);
    const answer = await backend.call('caseload.import', countsCsv([], [...HEADINGS, heading]));
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.message).toContain(`a column "${heading}" that looks like it identifies patients`);
    expect(count(backend, 'caseload_month')).toBe(0);
    expect(auditCount(backend)).toBe(before);
  });

  it('refuses, writing nothing, a file with a valid NHS number in any cell', async () => {
    const backend = testBackend();
    await twoLinkWorkers(backend);
    const before = auditCount(backend);
    const answer = await backend.call(
      'caseload.import',
      countsCsv([['Florence Ndlovu', '2025-10', '943 476 5919', 0, 0, 0, 0]]),
    );
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.message).toContain('looks like an NHS number in row 20 (column "Referrals (871731000000106)")');
    expect(answer.error.message).not.toContain('943');
    expect(count(backend, 'caseload_month')).toBe(0);
    expect(auditCount(backend)).toBe(before);
  });

  it('imports a file headed with counts of people and of phone contacts', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { florence } = await twoLinkWorkers(backend);
    const file = csvFile([
      ['Clinician', 'Month', 'Referrals', 'Phone contacts', 'Patients supported', 'Service users ended'],
      ['Florence Ndlovu', '2026-10', 20, 150, 61, 9],
    ]);
    expect(await call('caseload.import', file)).toEqual({ months: 1, workers: 1 });
    const { months } = await call('caseload.forWorker', { workerId: florence });
    expect(months).toEqual([
      {
        month: '2026-10',
        referralsAccepted: 20,
        referralsDeclined: 0,
        contacts: 150,
        supportedAtEnd: 61,
        supportEnded: 9,
      },
    ]);
  });

  it('refuses, writing nothing and not repeating it, a file with a valid NHS number among its headings', async () => {
    const backend = testBackend();
    await twoLinkWorkers(backend);
    const before = auditCount(backend);
    const answer = await backend.call(
      'caseload.import',
      csvFile([
        ['Clinician', 'Month', 'Referrals', '943 476 5919'],
        ['Florence Ndlovu', '2026-10', 20, 4],
      ]),
    );
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.message).toContain('looks like an NHS number in its headings (column 4)');
    expect(answer.error.message).not.toContain('943');
    expect(count(backend, 'caseload_month')).toBe(0);
    expect(auditCount(backend)).toBe(before);
  });

  it('refuses the whole file, naming each row, when a row names someone unknown or a month to come', async () => {
    const backend = testBackend();
    await twoLinkWorkers(backend);
    const answer = await backend.call(
      'caseload.import',
      countsCsv([
        ['Nobody Known', '2026-10', 1, 0, 1, 1, 0],
        ['Sam Okafor', '2026-12', 1, 0, 1, 1, 0],
        ['Sam Okafor', '2026-04', 1, 0, 1, 1, 0],
        ['Florence Ndlovu', '2026-10', -3, 0, 1, 1, 0],
      ]),
    );
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe(
      'Nothing was imported. Row 20: "Nobody Known" is not a link worker in the register. ' +
        'Row 21: Figures cannot be entered for a month still to come. ' +
        'Row 22: This is before the worker started. ' +
        'Row 23: New referrals accepted is not a whole number; Florence Ndlovu has 2026-10 twice in the file',
    );
    expect(count(backend, 'caseload_month')).toBe(0);
  });
});

describe('caseload by hand and the norms', () => {
  it('saves a month, refusing one before the worker started or a non-link worker', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { sam } = await twoLinkWorkers(backend);
    const counts = { referralsAccepted: 30, referralsDeclined: 2, contacts: 200, supportedAtEnd: 50, supportEnded: 10 };
    const saved = await call('caseload.save', { workerId: sam, month: '2026-10', counts });
    expect(saved.months).toEqual([{ month: '2026-10', ...counts }]);
    expect(saved.editableMonths[0]).toBe('2026-11');
    expect(saved.editableMonths.at(-1)).toBe('2026-05');

    const early = await backend.call('caseload.save', { workerId: sam, month: '2026-04', counts });
    expect(early.ok ? null : early.error.details?.fields).toEqual({ month: 'This is before the worker started' });
    const coach = await call('worker.create', linkWorker({ name: 'Ali Coach', role: 'hwbc' }));
    const notSplw = await backend.call('caseload.save', { workerId: coach.id, month: '2026-10', counts });
    expect(notSplw.ok ? null : notSplw.error.code).toBe('VALIDATION');
    const tooMany = await backend.call('caseload.save', {
      workerId: sam,
      month: '2026-10',
      counts: { ...counts, contacts: 20000 },
    });
    expect(tooMany.ok ? null : tooMany.error.code).toBe('VALIDATION');
  });

  it('keeps the thresholds as a setting the lead changes, audited and validated', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    await twoLinkWorkers(backend);
    expect(await call('caseload.thresholds', {})).toEqual({
      peoplePerYearMin: 200,
      peoplePerYearMax: 250,
      contactsPerPersonMin: 6,
      contactsPerPersonMax: 12,
    });
    const lower = { peoplePerYearMin: 150, peoplePerYearMax: 200, contactsPerPersonMin: 6, contactsPerPersonMax: 12 };
    const before = auditCount(backend);
    await call('caseload.setThresholds', lower);
    expect(await call('caseload.thresholds', {})).toEqual(lower);
    expect(auditCount(backend)).toBe(before + 1);

    const upsideDown = await backend.call('caseload.setThresholds', { ...lower, peoplePerYearMin: 300 });
    expect(upsideDown.ok ? null : upsideDown.error.details?.fields).toEqual({
      peoplePerYearMax: 'The most people a year cannot be below the fewest',
    });
    expect(await call('caseload.thresholds', {})).toEqual(lower);
  });
});
