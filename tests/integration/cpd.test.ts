import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';
import { accountFor } from '../support/accounts.ts';
import { callsOn, count, ok, testBackend } from '../support/backend.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';
import { refused } from '../support/refused.ts';

// Today is Tuesday 24/11/2026; the national webinar was on Wednesday 11/11/2026.
const WEBINAR = 'national-sp-webinar:2026-11-11';
const PDF = Buffer.from('%PDF-1.4\n% CPD attendance\n%%EOF\n').toString('base64');
// 943 476 5919 passes the NHS number's check digit.
const NHS_NUMBER = '943 476 5919';

const network = (workerId: number, change: Partial<InputOf<'cpd.add'>['fields']> = {}): InputOf<'cpd.add'> => ({
  workerId,
  fields: {
    date: '2026-11-18',
    kind: 'peer-network',
    title: 'ICS link worker network',
    hours: 1.5,
    learned: 'How a neighbouring PCN runs its welfare benefits clinic',
    practiceChange: 'I will refer to the clinic directly',
    ...change,
  },
  evidence: null,
});

/** The link worker's peer-support requirement turned into a CPD check, as catalogue version 2 ships it. */
async function peerSupportByCpd(backend: Backend): Promise<void> {
  const [requirement] = (await ok(backend, 'requirement.list', {})).filter((r) => r.id === 'splw-peer-support');
  if (!requirement) throw new Error('no peer-support requirement');
  const { origin: _o, catalogueVersion: _c, appliesFrom: _a, retiredOn: _r, position: _p, ...fields } = requirement;
  await ok(backend, 'requirement.save', {
    isNew: false,
    fields: {
      ...fields,
      check: 'cpd',
      renewalMonths: null,
      cpd: { kinds: ['peer-network', 'webinar'], atLeastEveryMonths: 3, dueSoonDays: 14 },
    },
  });
}

const peerSupportStatus = async (backend: Backend, workerId: number) =>
  (await ok(backend, 'compliance.worker', { workerId })).items.find((i) => i.requirement.id === 'splw-peer-support')
    ?.status;

describe('the CPD log', () => {
  it('adds, changes and removes entries, newest first, each audited', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { workerId } = await supervisedLinkWorker(backend);
    const first = await call('cpd.add', network(workerId, { competencyIds: ['person-centred.what-matters'] }));
    expect(first).toMatchObject({ hours: 1.5, kind: 'peer-network', competencyIds: ['person-centred.what-matters'] });
    await call('cpd.add', network(workerId, { date: '2026-10-01', kind: 'reading', title: 'Read the NASP guide' }));
    const changed = await call('cpd.update', { id: first.id, fields: { ...network(workerId).fields, hours: 2 } });
    expect(changed.hours).toBe(2);
    expect((await call('cpd.forWorker', { workerId })).entries.map((e) => e.title)).toEqual([
      'ICS link worker network',
      'Read the NASP guide',
    ]);
    await call('cpd.remove', { id: first.id });
    expect((await call('cpd.forWorker', { workerId })).entries).toHaveLength(1);
    const audit = await call('audit.list', { workerId, limit: 4, offset: 0 });
    expect(audit.entries.map((e) => e.summary)).toEqual([
      'Removed the CPD entry "ICS link worker network" of 18/11/2026 for Florence Ndlovu',
      'Changed the CPD entry "ICS link worker network" of 18/11/2026 for Florence Ndlovu',
      'Logged reading "Read the NASP guide" on 01/10/2026 for Florence Ndlovu',
      'Logged peer-support network "ICS link worker network" on 18/11/2026 for Florence Ndlovu',
    ]);
  });

  it('refuses implausible hours, a future date, an unlisted kind, an unknown competency, and writes nothing', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    expect(await refused(backend, 'cpd.add', network(workerId, { hours: 0.1 }), 'hours', 'cpd_entry')).toBe(
      'Enter at least 0.25 hours (a quarter of an hour)',
    );
    await refused(backend, 'cpd.add', network(workerId, { hours: 120 }), 'hours', 'cpd_entry');
    await refused(backend, 'cpd.add', network(workerId, { hours: 1.1 }), 'hours', 'cpd_entry');
    expect(await refused(backend, 'cpd.add', network(workerId, { date: '2026-11-25' }), 'date', 'cpd_entry')).toBe(
      'The date cannot be in the future',
    );
    await refused(backend, 'cpd.add', network(workerId, { kind: 'golf' }), 'kind', 'cpd_entry');
    expect(
      await refused(
        backend,
        'cpd.add',
        network(workerId, { competencyIds: ['no.such'] }),
        'competencyIds',
        'cpd_entry',
      ),
    ).toContain('"no.such" is not a competency');
  });

  it('refuses an NHS number in any of its texts', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    for (const field of ['title', 'learned', 'practiceChange'] as const) {
      const message = await refused(
        backend,
        'cpd.add',
        network(workerId, { [field]: `Met patient ${NHS_NUMBER} there` }),
        field,
        'cpd_entry',
      );
      expect(message).toContain('looks like an NHS number');
    }
  });

  it('keeps an evidence file by its content, opened by the worker, kept or replaced on a change', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { workerId } = await supervisedLinkWorker(backend);
    const entry = await call('cpd.add', {
      ...network(workerId),
      evidence: { fileName: 'attendance.pdf', dataBase64: PDF },
    });
    expect(entry.evidence).toMatchObject({ originalName: 'attendance.pdf', mediaType: 'application/pdf' });
    const file = await call('evidence.get', { fileId: entry.evidence?.fileId ?? 0 });
    expect(file.fileName).toBe('attendance.pdf');
    const kept = await call('cpd.update', { id: entry.id, fields: network(workerId).fields, evidence: 'keep' });
    expect(kept.evidence?.fileId).toBe(entry.evidence?.fileId);
    const dropped = await call('cpd.update', { id: entry.id, fields: network(workerId).fields, evidence: null });
    expect(dropped.evidence).toBeNull();
    await refused(
      backend,
      'cpd.add',
      {
        ...network(workerId),
        evidence: { fileName: 'notes.pdf', dataBase64: Buffer.from('not a pdf').toString('base64') },
      },
      'evidence',
      'cpd_entry',
    );
  });

  it('is kept by the worker and their supervisor; another worker may neither read nor write it', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const other = await ok(backend, 'worker.create', {
      ...(await ok(backend, 'worker.get', { id: workerId })),
      name: 'Sam Okafor',
      supervisorId: null,
      firstContactId: null,
      leavingDate: null,
    } as InputOf<'worker.create'>);
    const { caller: florence } = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
    const { caller: sam } = await accountFor(backend, { kind: 'worker', id: other.id }, 'sam@nhs.net');
    const { caller: gp } = await accountFor(backend, { kind: 'colleague', id: gpId }, 'asha@nhs.net');
    expect(await backend.callAs(florence, 'cpd.add', network(workerId))).toMatchObject({ ok: true });
    const byGp = await backend.callAs(gp, 'cpd.add', network(workerId, { title: 'Shadowed the GP' }));
    if (!byGp.ok) throw new Error(byGp.error.message);
    expect(await backend.callAs(sam, 'cpd.forWorker', { workerId })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const before = count(backend, 'cpd_entry');
    expect(await backend.callAs(sam, 'cpd.remove', { id: byGp.value.id })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(count(backend, 'cpd_entry')).toBe(before);
  });
});

describe('the national webinar, suggested on its date', () => {
  it('is offered for a month once held, logged in one click, then no longer offered, and refused twice', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { workerId } = await supervisedLinkWorker(backend);
    const { suggestions } = await call('cpd.forWorker', { workerId });
    expect(suggestions).toEqual([
      {
        eventKey: WEBINAR,
        title: 'National social prescribing webinar',
        organiser: 'NHS England',
        kind: 'webinar',
        date: '2026-11-11',
        start: '13:00',
        end: '14:30',
        hours: 1.5,
      },
    ]);
    const logged = await call('cpd.logSuggestion', { workerId, eventKey: WEBINAR });
    expect(logged).toMatchObject({ date: '2026-11-11', kind: 'webinar', hours: 1.5, eventKey: WEBINAR });
    expect((await call('cpd.forWorker', { workerId })).suggestions).toEqual([]);
    expect(await backend.call('cpd.logSuggestion', { workerId, eventKey: WEBINAR })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect(
      await backend.call('cpd.logSuggestion', { workerId, eventKey: 'national-sp-webinar:2026-12-09' }),
    ).toMatchObject({ error: { code: 'VALIDATION' } });
  });

  it('is offered again once the entry logged from it is moved to another day or kind, and only then', async () => {
    const backend = testBackend();
    const call = callsOn(backend);
    const { workerId } = await supervisedLinkWorker(backend);
    const logged = await call('cpd.logSuggestion', { workerId, eventKey: WEBINAR });
    const fields = { ...network(workerId).fields, date: logged.date, kind: logged.kind, title: logged.title };
    const reworded = await call('cpd.update', { id: logged.id, fields: { ...fields, learned: 'Social value' } });
    expect(reworded.eventKey).toBe(WEBINAR);
    expect((await call('cpd.forWorker', { workerId })).suggestions).toEqual([]);

    // It was in fact a local network the week before: the webinar itself is still to log.
    const moved = await call('cpd.update', {
      id: logged.id,
      fields: { ...fields, date: '2026-11-04', kind: 'peer-network', title: 'ICS link worker network' },
    });
    expect(moved.eventKey).toBeNull();
    expect((await call('cpd.forWorker', { workerId })).suggestions.map((s) => s.eventKey)).toEqual([WEBINAR]);
    await call('cpd.logSuggestion', { workerId, eventKey: WEBINAR });
    expect((await call('cpd.forWorker', { workerId })).entries.map((e) => [e.date, e.kind])).toEqual([
      ['2026-11-11', 'webinar'],
      ['2026-11-04', 'peer-network'],
    ]);
  });

  it('is not offered to a care coordinator', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const worker = await ok(backend, 'worker.get', { id: workerId });
    await ok(backend, 'worker.update', { id: workerId, fields: { ...worker, role: 'care_coordinator' } } as never);
    expect((await ok(backend, 'cpd.forWorker', { workerId })).suggestions).toEqual([]);
  });

  it('is the only way to meet the peer-support requirement: a training record for it is refused', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    await peerSupportByCpd(backend);
    const record = { workerId, requirementId: 'splw-peer-support', status: 'completed', completedOn: '2026-11-11' };
    expect(await refused(backend, 'training.record', record, 'requirementId', 'training_record')).toBe(
      'Attends an ICS or NHS England peer-support network is met by entries in the CPD log, not by a record',
    );
  });

  it('turns the peer-support requirement complete, in the worker page and the matrix', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    await peerSupportByCpd(backend);
    expect((await peerSupportStatus(backend, workerId))?.status).toBe('overdue');
    const matrixBefore = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
    await ok(backend, 'cpd.logSuggestion', { workerId, eventKey: WEBINAR });
    expect(await peerSupportStatus(backend, workerId)).toMatchObject({
      status: 'complete',
      reason: 'Last logged 11/11/2026; next due by 11/02/2027',
    });
    const matrix = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
    const column = matrix.columns.findIndex((c) => c.id === 'splw-peer-support');
    expect(matrixBefore.rows[0]?.cells[column]).toMatchObject({ s: 'overdue' });
    expect(matrix.rows[0]?.cells[column]).toMatchObject({ s: 'complete', d: '2027-02-11' });
  });
});
