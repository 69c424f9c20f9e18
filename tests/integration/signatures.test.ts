import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/backend/access/caller.ts';
import type { Backend } from '../../src/backend/backend.ts';
import { findAccount, insertAccount } from '../../src/backend/accounts/queries.ts';
import { callerOfAccount } from '../../src/backend/accounts/service.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { selfRateTheRest } from '../support/assessments.ts';
import { callsOn, ok, testBackend } from '../support/backend.ts';
import { pdfText } from '../support/pdf-text.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';

/** testBackend's "now": 24/11/2026 10:00 UTC, which is 10:00 in London in November. */
const ON = 'on 24/11/2026 at 10:00';
const COMPETENCIES = ['person-centred.what-matters', 'community-connection.local-assets'];

/** An account for a person in the register, as the caller a signed-in session would give. */
function account(
  backend: Backend,
  email: string,
  person: { workerId?: number; colleagueId?: number },
  lead = false,
): Caller {
  const id = insertAccount(backend.ctx.db, {
    email,
    workerId: person.workerId ?? null,
    colleagueId: person.colleagueId ?? null,
    lead,
    viewer: false,
    at: '2026-11-01T09:00:00Z',
  });
  const row = findAccount(backend.ctx.db, id);
  if (!row) throw new Error('account not stored');
  return callerOfAccount(row);
}

/**
 * Florence (worker) supervised by Dr Asha Patel; Omar (worker) supervised by Dr Ben Okafor; Priya Shah, the
 * PCN's workforce lead. Each has an account.
 */
async function team(backend: Backend) {
  const { workerId, gpId } = await supervisedLinkWorker(backend);
  const ben = await ok(backend, 'colleague.create', { name: 'Dr Ben Okafor', jobTitle: 'GP partner', practiceId: 1 });
  const omar = await ok(backend, 'worker.create', linkWorker({ name: 'Omar Haddad', supervisorId: ben.id }));
  const priya = await ok(backend, 'colleague.create', { name: 'Priya Shah', jobTitle: 'PCN manager', practiceId: 1 });
  return {
    workerId,
    gpId,
    florence: account(backend, 'florence.ndlovu@nhs.net', { workerId }),
    asha: account(backend, 'asha.patel@nhs.net', { colleagueId: gpId }),
    ben: account(backend, 'ben.okafor@nhs.net', { colleagueId: ben.id }),
    omar: account(backend, 'omar.haddad@nhs.net', { workerId: omar.id }),
    lead: account(backend, 'priya.shah@nhs.net', { colleagueId: priya.id }, true),
  };
}

const sessionFields = (workerId: number, supervisorId: number): InputOf<'supervision.save'>['fields'] => ({
  workerId,
  date: '2026-11-10',
  kind: 'Clinical or professional',
  supervisorId,
  durationMinutes: 60,
  caseloadActive: 30,
  newReferrals: 4,
  casesDiscussed: 'Person A: linked to a walking group.',
  actions: [],
  nextDate: '2026-12-08',
});

const pdfOf = async (download: { dataBase64: string }) =>
  (await pdfText(Buffer.from(download.dataBase64, 'base64'))).replace(/\s+/g, ' ');

const refused = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });

describe('signatures in team mode are the signed-in account', () => {
  it('the worker and the supervisor each sign a supervision record as themselves, and the PDFs say who', async () => {
    const backend = testBackend();
    const t = await team(backend);
    const { id } = await ok(backend, 'supervision.save', { id: null, fields: sessionFields(t.workerId, t.gpId) });

    // Nobody signs as someone else: not the worker as the supervisor, not the lead as either, not another
    // worker, not another supervisor.
    for (const [caller, who] of [
      [t.florence, 'supervisor'],
      [t.lead, 'worker'],
      [t.lead, 'supervisor'],
      [t.omar, 'worker'],
      [t.ben, 'supervisor'],
      [t.asha, 'worker'],
    ] as const) {
      expect(await backend.callAs(caller, 'supervision.sign', { sessionId: id, who })).toMatchObject(
        refused('FORBIDDEN'),
      );
    }
    // No name is typed in team mode.
    expect(
      await backend.callAs(t.florence, 'supervision.sign', { sessionId: id, who: 'worker', name: 'Florence Ndlovu' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { fields: { name: expect.any(String) } } } });
    const untouched = await ok(backend, 'supervision.get', { id });
    expect([untouched.workerSignature, untouched.supervisorSignature]).toEqual([null, null]);

    const byWorker = await backend.callAs(t.florence, 'supervision.sign', { sessionId: id, who: 'worker' });
    expect(byWorker).toMatchObject({ ok: true });
    const signed = await backend.callAs(t.asha, 'supervision.sign', { sessionId: id, who: 'supervisor' });
    if (!signed.ok) throw new Error(signed.error.message);
    expect(signed.value.workerSignature).toEqual({
      kind: 'account',
      accountId: (t.florence as { accountId: number }).accountId,
      name: 'Florence Ndlovu',
      email: 'florence.ndlovu@nhs.net',
      at: '2026-11-24T10:00:00.000Z',
    });
    expect(signed.value.supervisorSignature).toMatchObject({
      kind: 'account',
      name: 'Dr Asha Patel',
      email: 'asha.patel@nhs.net',
    });
    expect(await backend.callAs(t.florence, 'supervision.sign', { sessionId: id, who: 'worker' })).toMatchObject(
      refused('CONFLICT'),
    );

    const worker = `Worker Signed electronically by Florence Ndlovu (signed in as florence.ndlovu@nhs.net) ${ON}`;
    const supervisor = `Supervisor Signed electronically by Dr Asha Patel (signed in as asha.patel@nhs.net) ${ON}`;
    const record = await pdfOf(await ok(backend, 'supervision.pdf', { id }));
    expect(record).toContain(worker);
    expect(record).toContain(supervisor);
    expect(record).not.toContain('typed name');
    const log = await pdfOf(
      await ok(backend, 'supervision.logPdf', { workerId: t.workerId, from: '2026-11-01', to: '2026-11-30' }),
    );
    expect(log).toContain(worker);
    expect(log).toContain(supervisor);

    const audit = await ok(backend, 'audit.list', { workerId: t.workerId });
    expect(JSON.stringify(audit)).toContain('Dr Asha Patel (signed in as asha.patel@nhs.net) signed the supervision');
  });

  it('a supervisor from outside the register has no account, so cannot sign in team mode', async () => {
    const backend = testBackend();
    const t = await team(backend);
    const { id } = await ok(backend, 'supervision.save', {
      id: null,
      fields: { ...sessionFields(t.workerId, t.gpId), supervisorId: null, supervisorName: 'Sam Reid' },
    });
    expect(await backend.callAs(t.asha, 'supervision.sign', { sessionId: id, who: 'supervisor' })).toMatchObject(
      refused('FORBIDDEN'),
    );
  });

  it('only the named supervisor, signed in, reviews and signs an assessment; the PDF says who', async () => {
    const backend = testBackend();
    const t = await team(backend);
    const { id } = await ok(backend, 'assessment.start', { workerId: t.workerId });
    for (const competencyId of COMPETENCIES) {
      await ok(backend, 'assessment.saveRating', { assessmentId: id, competencyId, selfRating: 2, reflection: 'x' });
    }
    await selfRateTheRest(callsOn(backend), id);
    await ok(backend, 'assessment.submit', { id });
    for (const caller of [t.ben, t.lead, t.florence]) {
      expect(
        await backend.callAs(caller, 'assessment.review', {
          assessmentId: id,
          competencyId: COMPETENCIES[0] ?? '',
          agreedRating: 2,
          supervisorComment: '',
        }),
      ).toMatchObject(refused('FORBIDDEN'));
    }
    for (const competencyId of COMPETENCIES) {
      const reviewed = await backend.callAs(t.asha, 'assessment.review', {
        assessmentId: id,
        competencyId,
        agreedRating: 2,
        supervisorComment: 'Agreed',
      });
      expect(reviewed).toMatchObject({ ok: true });
    }
    expect(await backend.callAs(t.asha, 'assessment.agree', { assessmentId: id, areaId: null })).toMatchObject({
      ok: true,
    });
    for (const caller of [t.ben, t.lead, t.florence, t.omar]) {
      expect(await backend.callAs(caller, 'assessment.sign', { id })).toMatchObject(refused('FORBIDDEN'));
    }
    expect((await ok(backend, 'assessment.get', { id })).assessment.status).toBe('submitted');

    const signed = await backend.callAs(t.asha, 'assessment.sign', { id });
    if (!signed.ok) throw new Error(signed.error.message);
    expect(signed.value).toMatchObject({
      status: 'signed',
      signedBy: 'Dr Asha Patel',
      signature: { kind: 'account', name: 'Dr Asha Patel', email: 'asha.patel@nhs.net' },
    });
    const detail = await ok(backend, 'assessment.get', { id });
    expect(detail.signedVersions).toEqual([
      expect.objectContaining({ signature: expect.objectContaining({ kind: 'account', email: 'asha.patel@nhs.net' }) }),
    ]);
    const text = await pdfOf(await ok(backend, 'assessment.pdf', { id }));
    expect(text).toContain(`Signed electronically by Dr Asha Patel (signed in as asha.patel@nhs.net) ${ON}`);
    expect(text).not.toContain('Acting as');
  });
});

describe('signatures in personal mode are attribution, and say so', () => {
  it('a supervision record is signed by typed names; the record and the log label them', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const { id } = await ok(backend, 'supervision.save', { id: null, fields: sessionFields(workerId, gpId) });
    expect(await backend.call('supervision.sign', { sessionId: id, who: 'worker' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { name: 'Type your name to sign' } } },
    });
    await ok(backend, 'supervision.sign', { sessionId: id, who: 'worker', name: 'Florence Ndlovu' });
    const signed = await ok(backend, 'supervision.sign', { sessionId: id, who: 'supervisor', name: 'dr asha patel' });
    expect(signed.supervisorSignature).toEqual({
      kind: 'typedName',
      name: 'Dr Asha Patel',
      at: '2026-11-24T10:00:00.000Z',
    });
    const typed = (name: string) => `Signed by typed name ${name} ${ON} (attribution, not authentication)`;
    for (const text of [
      await pdfOf(await ok(backend, 'supervision.pdf', { id })),
      await pdfOf(await ok(backend, 'supervision.logPdf', { workerId, from: '2026-11-01', to: '2026-11-30' })),
    ]) {
      expect(text).toContain(`Worker ${typed('Florence Ndlovu')}`);
      expect(text).toContain(`Supervisor ${typed('Dr Asha Patel')}`);
      expect(text).not.toContain('Signed electronically');
    }
  });

  it('an assessment is signed by the supervisor chosen under "Acting as", and the PDF says so', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const { id } = await ok(backend, 'assessment.start', { workerId });
    await ok(backend, 'assessment.saveRating', {
      assessmentId: id,
      competencyId: COMPETENCIES[0] ?? '',
      selfRating: 2,
      reflection: '',
    });
    await selfRateTheRest(callsOn(backend), id);
    await ok(backend, 'assessment.submit', { id });
    await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: gpId } });
    await ok(backend, 'assessment.review', {
      assessmentId: id,
      competencyId: COMPETENCIES[0] ?? '',
      agreedRating: 2,
      supervisorComment: '',
    });
    await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
    const signed = await ok(backend, 'assessment.sign', { id });
    expect(signed.signature).toMatchObject({ kind: 'actingAs', name: 'Dr Asha Patel' });
    const text = await pdfOf(await ok(backend, 'assessment.pdf', { id }));
    expect(text).toContain(
      `Signed by Dr Asha Patel, chosen under "Acting as", ${ON} (attribution, not authentication)`,
    );
  });
});
