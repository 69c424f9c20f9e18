import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { COMPLIANCE_LABELS } from '../../src/shared/rules/compliance.ts';
import { ok, testBackend } from '../support/backend.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';
import { pdfText } from '../support/pdf-text.ts';

// "Now" is 24/11/2026 in every backend here.
const PACK_DAY = '24-11-2026';

/** Known bytes that pass as each kind of certificate, told apart by `mark`. */
const pdfBytes = (mark: string) => Buffer.from(`%PDF-1.4\n% certificate ${mark}\n%%EOF\n`, 'latin1');
const pngBytes = (mark: string) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(mark)]);

const HOSTILE_NAMES = ['../../etc/passwd.pdf', 'Patient 943 476 5919.pdf', 'scan of 943 476 5919.png'];

/**
 * Uploads refuse a name that looks like an NHS number, but a file saved before that check (or copied in from a
 * backup) may still carry one: its stored original name is set to it here, as such a file's would be.
 */
function nameAsStoredBefore(backend: Backend, bytes: Buffer, originalName: string): void {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  backend.ctx.db
    .prepare(
      'UPDATE record_evidence SET original_name = ? WHERE file_id = (SELECT id FROM evidence_file WHERE sha256 = ?)',
    )
    .run(originalName, sha256);
}

type Evidence = { fileName: string; bytes: Buffer }[];

async function record(
  backend: Backend,
  workerId: number,
  requirementId: string,
  completedOn: string,
  evidence: Evidence = [],
): Promise<void> {
  const input: InputOf<'training.record'> = {
    workerId,
    requirementId,
    status: 'completed',
    completedOn,
    evidence: evidence.map((e) => ({ fileName: e.fileName, dataBase64: e.bytes.toString('base64') })),
  };
  await ok(backend, 'training.record', input);
}

function unzip(file: { fileName: string; mediaType: string; dataBase64: string }): Record<string, Uint8Array> {
  expect(file.mediaType).toBe('application/zip');
  return unzipSync(new Uint8Array(Buffer.from(file.dataBase64, 'base64')));
}

/** Florence with three certificated courses (one certificate shared by two records) and a course her role does not need. */
async function florenceWithCertificates(backend: Backend) {
  const { workerId, gpId } = await supervisedLinkWorker(backend);
  const shared = pdfBytes('safeguarding');
  const fire = pdfBytes('fire');
  const firePhoto = pngBytes('fire photo');
  await record(backend, workerId, 'safeguarding-adults', '2026-02-03', [
    { fileName: HOSTILE_NAMES[0]!, bytes: shared },
  ]);
  await record(backend, workerId, 'fire-safety', '2026-03-10', [
    { fileName: 'fire.pdf', bytes: fire },
    { fileName: 'photo.png', bytes: firePhoto },
  ]);
  nameAsStoredBefore(backend, fire, HOSTILE_NAMES[1]!);
  nameAsStoredBefore(backend, firePhoto, HOSTILE_NAMES[2]!);
  await record(backend, workerId, 'data-security', '2025-10-01', [{ fileName: 'passwd.pdf', bytes: shared }]);
  // A course from her months as a care coordinator: held, but not required of a link worker.
  await ok(backend, 'worker.update', {
    id: workerId,
    fields: linkWorker({ supervisorId: gpId, role: 'care_coordinator' }),
  });
  await record(backend, workerId, 'cc-sdm-elearning', '2026-05-05');
  await ok(backend, 'worker.update', { id: workerId, fields: linkWorker({ supervisorId: gpId }) });
  await ok(backend, 'supervision.save', {
    id: null,
    fields: {
      workerId,
      date: '2026-11-10',
      kind: 'Clinical or professional',
      supervisorId: gpId,
      durationMinutes: 60,
      caseloadActive: null,
      newReferrals: null,
      casesDiscussed: '',
      risks: '',
      wellbeing: '',
      actions: [],
      nextDate: null,
    },
  });
  return { workerId, shared, fire, firePhoto };
}

describe('a worker’s evidence pack', () => {
  it('holds the summary and each certificate once, named from the data with the uploaded bytes', async () => {
    const backend = testBackend();
    const { workerId, shared, fire, firePhoto } = await florenceWithCertificates(backend);

    const pack = await ok(backend, 'pack.worker', { workerId });
    expect(pack.fileName).toBe(`Evidence pack - Florence Ndlovu - ${PACK_DAY}.zip`);
    const files = unzip(pack);
    expect(Object.keys(files).sort()).toEqual([
      'Summary - Florence Ndlovu.pdf',
      'certificates/Data security awareness (information governance) - 01-10-2025.pdf',
      'certificates/Fire safety - 10-03-2026.pdf',
      'certificates/Fire safety - 10-03-2026.png',
    ]);
    // The safeguarding certificate is the same content as the data security one: it goes in once, under the first.
    expect(
      Buffer.from(files['certificates/Data security awareness (information governance) - 01-10-2025.pdf']!),
    ).toEqual(shared);
    expect(Buffer.from(files['certificates/Fire safety - 10-03-2026.pdf']!)).toEqual(fire);
    expect(Buffer.from(files['certificates/Fire safety - 10-03-2026.png']!)).toEqual(firePhoto);

    const summary = await pdfText(Buffer.from(files['Summary - Florence Ndlovu.pdf']!));
    const everything = [...Object.keys(files), summary].join('\n');
    for (const hostile of [...HOSTILE_NAMES, 'passwd', '943 476 5919', 'fire.pdf', 'photo.png'])
      expect(everything).not.toContain(hostile);
  });

  it('says in its summary who they are and every requirement’s status in words, with its dates as dd/mm/yyyy', async () => {
    const backend = testBackend();
    const { workerId } = await florenceWithCertificates(backend);
    await ok(backend, 'cpd.logSuggestion', { workerId, eventKey: 'national-sp-webinar:2026-11-11' });
    const files = unzip(await ok(backend, 'pack.worker', { workerId }));
    const text = await pdfText(Buffer.from(files['Summary - Florence Ndlovu.pdf']!));
    const flat = text.replace(/\s+/g, ' ');

    expect(flat).toContain('Evidence pack: Florence Ndlovu');
    expect(flat).toMatch(
      /\d+ of \d+ requirements met; \d+ overdue or expired; \d+ due or expiring soon\. Induction: 0 of 14 items done\./,
    );
    for (const part of ['Training', 'ARRS conditions', 'Induction checklist']) expect(flat).toContain(part);
    for (const fact of [
      'Social prescribing link worker',
      'Riverside Surgery',
      '01/04/2025',
      '37.5 a week',
      'Dr Asha Patel',
    ])
      expect(flat).toContain(fact);
    expect(flat).toContain('Completed on 03/02/2026; valid until 02/02/2029');
    expect(flat).toContain('Expired on 01/10/2026 (completed 01/10/2025); renew it');
    expect(flat).toMatch(/Fire safety\s+Complete\s+Completed on 10\/03\/2026; valid until 09\/03\/2029/);
    expect(flat).toMatch(/Lone working\s+(Overdue|Due soon|Not yet due)/);

    // Every requirement the engine reports for her: its status word and the dates of its own sentence, on one line
    // (a long title or sentence wraps onto the next lines).
    const compliance = await ok(backend, 'compliance.worker', { workerId });
    const lines = text.split(/\n|\f/);
    for (const { requirement, status } of compliance.items) {
      const firstWords = requirement.title.split(' ').slice(0, 2).join(' ');
      const line = lines.find((l) => l.startsWith(firstWords) && l.includes(COMPLIANCE_LABELS[status.status]));
      expect(line, requirement.title).toBeDefined();
      for (const date of status.reason.match(/\d\d\/\d\d\/\d{4}/g) ?? []) expect(flat).toContain(date);
    }
    expect(flat).toContain('Induction checklist');
    expect(flat).toMatch(/Supervision log.*10\/11\/2026 Clinical or professional Dr Asha Patel Not signed/);
    expect(flat).toContain('No competency self-assessment has been signed yet.');
    expect(flat).toMatch(/Other training.*Shared decision making e-learning.*Completed 05\/05\/2026/);
    expect(flat).toMatch(
      /CPD and peer-support log 1 entry, 1\.5 hours in all\..*11\/11\/2026 Webinar National social prescribing 1\.5/,
    );
  });

  it('holds the evidence of their CPD entries with the certificates, named by the entry and its date', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const attendance = pdfBytes('network attendance');
    await ok(backend, 'cpd.add', {
      workerId,
      fields: { date: '2026-11-18', kind: 'peer-network', title: 'ICS link worker network', hours: 1.5 },
      evidence: { fileName: 'attended.pdf', dataBase64: attendance.toString('base64') },
    });
    const files = unzip(await ok(backend, 'pack.worker', { workerId }));
    expect(Buffer.from(files['certificates/ICS link worker network - 18-11-2026.pdf']!)).toEqual(attendance);
    const summary = (await pdfText(Buffer.from(files['Summary - Florence Ndlovu.pdf']!))).replace(/\s+/g, ' ');
    expect(summary).toMatch(/ICS link worker network - 18-11-2026\.pdf 18\/11\/2026 In this pack/);
  });

  it('lists a certificate missing from the store, or altered in it, as missing instead of failing', async () => {
    const backend = testBackend();
    const { workerId, firePhoto } = await florenceWithCertificates(backend);
    const stored = (sha: string) =>
      path.join(
        backend.ctx.dataDir,
        backend.ctx.db.prepare('SELECT stored_name FROM evidence_file WHERE sha256 = ?').pluck().get(sha) as string,
      );
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    fs.rmSync(stored(sha(firePhoto)));
    fs.writeFileSync(stored(sha(pdfBytes('fire'))), pdfBytes('forged'));

    const files = unzip(await ok(backend, 'pack.worker', { workerId }));
    expect(Object.keys(files).sort()).toEqual([
      'Summary - Florence Ndlovu.pdf',
      'certificates/Data security awareness (information governance) - 01-10-2025.pdf',
    ]);
    const flat = (await pdfText(Buffer.from(files['Summary - Florence Ndlovu.pdf']!))).replace(/\s+/g, ' ');
    expect(flat).toContain(
      '1 certificate in the certificates folder of this pack; 2 certificates could not be included.',
    );
    expect(flat).toMatch(/Fire safety - 10-03-2026\.png 10\/03\/2026 MISSING: not found in the evidence store/);
    expect(flat).toMatch(/Fire safety - 10-03-2026\.pdf 10\/03\/2026 MISSING: the stored file no longer matches/);
  });

  it('is refused for someone unknown, naming them', async () => {
    const backend = testBackend();
    await supervisedLinkWorker(backend);
    expect(await backend.call('pack.worker', { workerId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('a practice’s evidence pack', () => {
  it('holds the practice’s compliance summary and a folder for exactly the people based there now', async () => {
    const backend = testBackend();
    const { workerId, fire } = await florenceWithCertificates(backend);
    const elsewhere = await ok(backend, 'practice.create', { name: 'Hillside Medical Centre', odsCode: 'A81002' });
    await ok(backend, 'worker.create', linkWorker({ name: 'Grace Campbell', role: 'care_coordinator' }));
    await ok(backend, 'worker.create', linkWorker({ name: 'Omar Hussain', basePracticeId: elsewhere.id }));
    await ok(backend, 'worker.create', linkWorker({ name: 'Lena Leaver', leavingDate: '2026-06-30' }));

    const pack = await ok(backend, 'pack.practice', { practiceId: 1 });
    expect(pack.fileName).toBe(`Evidence pack - Riverside Surgery - ${PACK_DAY}.zip`);
    const files = unzip(pack);
    expect(Object.keys(files).sort()).toEqual([
      'Compliance summary - Riverside Surgery.pdf',
      'Florence Ndlovu/Summary - Florence Ndlovu.pdf',
      'Florence Ndlovu/certificates/Data security awareness (information governance) - 01-10-2025.pdf',
      'Florence Ndlovu/certificates/Fire safety - 10-03-2026.pdf',
      'Florence Ndlovu/certificates/Fire safety - 10-03-2026.png',
      'Grace Campbell/Summary - Grace Campbell.pdf',
    ]);
    expect(Buffer.from(files['Florence Ndlovu/certificates/Fire safety - 10-03-2026.pdf']!)).toEqual(fire);
    const cover = await pdfText(Buffer.from(files['Compliance summary - Riverside Surgery.pdf']!));
    expect(cover).toContain('Staff compliance: Riverside Surgery');
    expect(cover).not.toContain('Lena Leaver');
    expect(cover).not.toContain('Omar Hussain');
    const grace = await pdfText(Buffer.from(files['Grace Campbell/Summary - Grace Campbell.pdf']!));
    expect(grace).toContain('Care coordinator');
    expect(grace).toContain('No certificates are attached to their records.');
    expect(strFromU8(files['Grace Campbell/Summary - Grace Campbell.pdf']!.subarray(0, 5), true)).toBe('%PDF-');
    void workerId;
  });

  it('is refused, saying how big, when its certificates would pass 200 MB', async () => {
    const backend = testBackend();
    const { workerId } = await florenceWithCertificates(backend);
    backend.ctx.db.prepare('UPDATE evidence_file SET size_bytes = 90 * 1024 * 1024').run();
    expect(await backend.call('pack.practice', { practiceId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('would be about 270 MB, over the 200 MB') },
    });
    expect(await backend.call('pack.worker', { workerId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
