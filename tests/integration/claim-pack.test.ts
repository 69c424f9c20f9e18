import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { ok, testBackend } from '../support/backend.ts';
import type { ThreeLines } from '../support/claim-month.ts';
import { MONTH, startClaim, threeLines } from '../support/claim-month.ts';
import { pdfText } from '../support/pdf-text.ts';

const csvRows = async (backend: Backend) => {
  const csv = await ok(backend, 'claim.csv', { month: MONTH });
  const [header = [], ...rows] = Papa.parse<string[]>(csv.text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
};

/** The three lines' claim started, Hana's line excluded (no payroll yet) and Grace's overridden (certificate seen). */
async function decidedClaim(backend: Backend): Promise<{ w: ThreeLines; id: number }> {
  const w = await threeLines(backend);
  const id = await startClaim(backend);
  await ok(backend, 'claim.decideLine', {
    id,
    workerId: w.unpaid,
    decision: 'exclude',
    reason: 'Payroll not received; claim in November',
  });
  await ok(backend, 'claim.decideLine', {
    id,
    workerId: w.untrained,
    decision: 'override',
    reason: 'Certificate seen',
  });
  return { w, id };
}

describe('the claim pack', () => {
  it('gives a reason for every "No" and for every line claiming £0.00', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    const rows = await csvRows(backend);
    const byId = (id: number) => rows.find((r) => r['Worker id'] === String(id));

    expect(byId(w.ready)).toMatchObject({ 'Meets training requirements': 'Yes', Reason: '', Claimable: '2677.27' });
    expect(byId(w.untrained)?.['Meets training requirements']).toBe('No');
    expect(byId(w.untrained)?.Reason).toMatch(/^e-LfH .*was due by .*; Not claimed: training requirements not met$/);
    expect(byId(w.unpaid)).toMatchObject({
      'Meets training requirements': 'Yes',
      Reason: 'Not claimed: No pay on record',
      Claimable: '0.00',
    });
    for (const row of rows) {
      if (row['Meets training requirements'] === 'No' || row.Claimable === '0.00') expect(row.Reason).not.toBe('');
    }
  });

  it('lists excluded lines as excluded and overridden lines as overridden, each with its reason', async () => {
    const backend = testBackend();
    const { w } = await decidedClaim(backend);
    const rows = await csvRows(backend);
    expect(rows.find((r) => r['Worker id'] === String(w.unpaid))).toMatchObject({
      Reason: 'Excluded this month: Payroll not received; claim in November',
      Claimable: '0.00',
    });
    expect(rows.find((r) => r['Worker id'] === String(w.untrained))).toMatchObject({
      'Meets training requirements': 'No',
      Reason: expect.stringContaining(
        '; Overridden: Certificate seen (claimed despite: training requirements not met)',
      ),
      Claimable: '3061.25',
    });
  });

  it('prints the portal reference, the submission date, days in post, the decided lines and the signature block', async () => {
    const backend = testBackend();
    const { id } = await decidedClaim(backend);
    await ok(backend, 'claim.check', { id });
    // Submitted the day it was checked: the test backend's today.
    await ok(backend, 'claim.submit', { id, submittedOn: '2026-11-24', portalReference: 'PCWP-4471' });

    const pdf = await pdfText(Buffer.from((await ok(backend, 'claim.pdf', { month: MONTH })).dataBase64, 'base64'));
    for (const text of [
      'Submitted (version 1)',
      'Submitted on 24/11/2026',
      'Portal reference PCWP-4471',
      'Days',
      '31/31',
      '3: 2 claimed (1 overridden), 1 excluded, 0 blocked',
      'Claimed despite flags (overridden)',
      'Reason: Certificate seen',
      'Excluded from this month',
      'Reason: Payroll not received; claim in November',
      'Clinical director',
      'Name',
      'Signature',
      'Date',
    ])
      expect(pdf).toContain(text);
    expect(pdf).not.toContain('DRAFT');
  });
});
