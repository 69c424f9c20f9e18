import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { addDays } from '../../src/shared/rules/dates.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { pdfText } from '../support/pdf-text.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

type Fields = InputOf<'supervision.save'>['fields'];

const setUp = supervisedLinkWorker;

const session = (workerId: number, gpId: number, change: Partial<Fields> = {}): Fields => ({
  workerId,
  date: '2026-11-10',
  kind: 'Clinical or professional',
  supervisorId: gpId,
  durationMinutes: 60,
  caseloadActive: 32,
  newReferrals: 6,
  casesDiscussed: 'Person A (isolation, housing): linked to a tenants group.',
  risks: 'None raised.',
  wellbeing: 'Busy but coping.',
  actions: [
    { description: 'Map the new lunch clubs in Millbrook', owner: 'Florence Ndlovu', dueDate: '2026-12-01' },
    { description: 'Book safeguarding level 3', owner: 'Florence Ndlovu', dueDate: '2026-11-20' },
  ],
  nextDate: '2026-12-08',
  ...change,
});

async function signBoth(backend: Backend, id: number) {
  await ok(backend, 'supervision.sign', { sessionId: id, who: 'worker', name: 'florence ndlovu' });
  return ok(backend, 'supervision.sign', { sessionId: id, who: 'supervisor', name: 'Dr Asha Patel' });
}

describe('supervision records', () => {
  it('lock once both have signed; later notes are addenda shown under the original', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await setUp(backend);
    const { id } = await ok(backend, 'supervision.save', { id: null, fields: session(workerId, gpId) });
    const signed = await signBoth(backend, id);
    expect(signed.workerSignature).toMatchObject({ name: 'Florence Ndlovu' });
    expect(signed.supervisorSignature).toMatchObject({ name: 'Dr Asha Patel' });

    const edit = await backend.call('supervision.save', {
      id,
      fields: session(workerId, gpId, { wellbeing: 'Changed later' }),
    });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('add an addendum') },
    });
    expect(() => backend.ctx.db.prepare("UPDATE supervision_session SET wellbeing = 'x'").run()).toThrow(/locked/);
    const withNote = await ok(backend, 'supervision.addendum', {
      sessionId: id,
      text: 'Action 2 moved to January by agreement.',
    });
    expect(withNote.wellbeing).toBe('Busy but coping.');
    expect(withNote.addenda).toEqual([
      expect.objectContaining({ text: 'Action 2 moved to January by agreement.', author: 'tester' }),
    ]);
  });

  it('refuses a signature under a name other than the one recorded', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await setUp(backend);
    const { id } = await ok(backend, 'supervision.save', { id: null, fields: session(workerId, gpId) });
    expect(
      await backend.call('supervision.sign', { sessionId: id, who: 'supervisor', name: 'Someone Else' }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { name: 'That is not the name recorded for the supervisor of this session' } } },
    });
  });

  describe('refuses bad input, naming the field, and writes nothing', () => {
    it.each<[string, Partial<Fields>, string, RegExp]>([
      ['a next date before the session', { nextDate: '2026-11-01' }, 'nextDate', /must be after this one/],
      ['a duration of zero', { durationMinutes: 0 }, 'durationMinutes', /more than 0 minutes/],
      ['a duration above 8 hours', { durationMinutes: 481 }, 'durationMinutes', /longer than 8 hours/],
      [
        'an NHS number, spaced',
        { casesDiscussed: 'Discussed 943 476 5919 at length' },
        'casesDiscussed',
        /looks like an NHS number \(943 476 5919\)/,
      ],
      [
        'an NHS number in an action',
        { actions: [{ description: 'Call back 9434765919', owner: 'FN', dueDate: '2026-12-01' }] },
        'actions.0.description',
        /NHS number/,
      ],
      ['an unknown kind', { kind: 'Telepathic' }, 'kind', /Unknown kind of supervision/],
    ])('%s', async (_what, change, field, message) => {
      const backend = testBackend();
      const { workerId, gpId } = await setUp(backend);
      const result = await backend.call('supervision.save', { id: null, fields: session(workerId, gpId, change) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.details?.fields?.[field]).toMatch(message);
      expect(count(backend, 'supervision_session') + count(backend, 'supervision_action')).toBe(0);
    });

    it('a signature on a session dated in the future', async () => {
      const backend = testBackend();
      const { workerId, gpId } = await setUp(backend);
      const { id } = await ok(backend, 'supervision.save', { id: null, fields: session(workerId, gpId) });
      // A session can no longer be saved in the future (plausible-input.test.ts); one saved before that rule can be.
      backend.ctx.db.prepare("UPDATE supervision_session SET date = '2026-12-01' WHERE id = ?").run(id);
      const result = await backend.call('supervision.sign', { sessionId: id, who: 'worker', name: 'Florence Ndlovu' });
      expect(result).toMatchObject({
        ok: false,
        error: { details: { fields: { date: 'A session dated in the future cannot be signed' } } },
      });
      expect((await ok(backend, 'supervision.get', { id })).workerSignature).toBeNull();
    });
  });

  it('feeds the monthly cadence and the open actions', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await setUp(backend);
    const before = await ok(backend, 'supervision.forWorker', { workerId });
    expect(before.cadence[0]?.status).toMatchObject({ status: 'overdue', date: '2025-05-01' });
    await ok(backend, 'supervision.save', { id: null, fields: session(workerId, gpId) });
    const after = await ok(backend, 'supervision.forWorker', { workerId });
    expect(after.cadence[0]?.status).toMatchObject({ status: 'expiring_soon', date: '2026-12-10' });
    expect(after.openActions.map((a) => [a.description, a.overdue])).toEqual([
      ['Book safeguarding level 3', true],
      ['Map the new lunch clubs in Millbrook', false],
    ]);
    const remaining = await ok(backend, 'supervision.setActionStatus', {
      actionId: after.openActions[0]?.id ?? 0,
      status: 'done',
    });
    expect(remaining).toHaveLength(1);
  });
});

describe('supervision PDFs', () => {
  it('print a signed record on A4 with the name, the date, every action and both signatures', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await setUp(backend);
    const fields = session(workerId, gpId, {
      learningNeeds: 'Domestic abuse awareness',
      learningCompetencyIds: ['safe-practice.safeguarding'],
    });
    const { id } = await ok(backend, 'supervision.save', { id: null, fields });
    await signBoth(backend, id);
    const pdf = Buffer.from((await ok(backend, 'supervision.pdf', { id })).dataBase64, 'base64');
    const text = await pdfText(pdf);
    expect(text).toContain('Florence Ndlovu');
    expect(text).toContain('10/11/2026');
    expect(text).toContain('Map the new lunch clubs in Millbrook');
    expect(text).toContain('Book safeguarding level 3');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'Worker Signed by typed name Florence Ndlovu on 24/11/2026 at 10:00 (attribution, not authentication)',
    );
    expect(flat).toContain(
      'Supervisor Signed by typed name Dr Asha Patel on 24/11/2026 at 10:00 (attribution, not authentication)',
    );
    expect(text).toContain('Staff-confidential');
    expect(text).toContain('Safe and ethical practice: Safeguarding and domestic abuse');
    expect(text).not.toContain('DRAFT');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
  });

  it('print the caseload as recorded, and the typical caseload apart from it as labelled guidance', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await setUp(backend);
    const { id } = await ok(backend, 'supervision.save', { id: null, fields: session(workerId, gpId) });
    const flat = (
      await pdfText(Buffer.from((await ok(backend, 'supervision.pdf', { id })).dataBase64, 'base64'))
    ).replace(/\s+/g, ' ');
    expect(flat).toContain(
      'Caseload 32 people active now; 6 new referrals since the last session Guidance, not part of this record',
    );
    expect(flat).toContain(
      'Guidance, not part of this record: A link worker typically supports 200 to 250 people a year.',
    );
    expect(flat).not.toContain('typical:');

    const one = await ok(backend, 'supervision.save', {
      id: null,
      fields: session(workerId, gpId, { date: '2026-11-12', caseloadActive: 1, newReferrals: null }),
    });
    const oneText = await pdfText(
      Buffer.from((await ok(backend, 'supervision.pdf', { id: one.id })).dataBase64, 'base64'),
    );
    expect(oneText.replace(/\s+/g, ' ')).toContain('1 person active now; new referrals not recorded');
  });

  it('mark an unsigned record as DRAFT', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await setUp(backend);
    const { id } = await ok(backend, 'supervision.save', { id: null, fields: session(workerId, gpId) });
    expect(await pdfText(Buffer.from((await ok(backend, 'supervision.pdf', { id })).dataBase64, 'base64'))).toContain(
      'DRAFT',
    );
  });

  it('print a 30-session log over several pages with the table header repeated', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await setUp(backend);
    for (let i = 0; i < 30; i++) {
      const date = addDays('2024-06-01', i * 28);
      await ok(backend, 'supervision.save', {
        id: null,
        fields: session(workerId, gpId, { date, nextDate: addDays(date, 28), actions: [] }),
      });
    }
    const pdf = Buffer.from(
      (await ok(backend, 'supervision.logPdf', { workerId, from: '2024-01-01', to: '2026-12-31' })).dataBase64,
      'base64',
    );
    const text = await pdfText(pdf);
    expect(text).toContain('30 sessions.');
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    expect(text).toMatch(/Page 1 of (\d+)/);
    const summaryPages = pages
      .filter((p) => p.includes('01/06/2024') || /Date\s+Kind\s+Supervisor/.test(p))
      .filter((p) => /Date\s+Kind\s+Supervisor\s+Duration/.test(p));
    expect(summaryPages.length).toBeGreaterThanOrEqual(1);
  });
});
