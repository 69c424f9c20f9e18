import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { ok, count, testBackend } from '../support/backend.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';
import { pdfText } from '../support/pdf-text.ts';
import { fleschReadingEase } from '../support/readability.ts';
import { refused } from '../support/refused.ts';

const CONTACT = {
  phone: '01632 960123 ext. 204',
  email: 'florence.ndlovu@nhs.net',
  workingTimes: 'Monday to Thursday, 9am to 4pm',
};

async function florenceWithDetails(backend: Backend): Promise<number> {
  await pcnWithGp(backend);
  const { id } = await ok(backend, 'worker.create', linkWorker());
  await ok(backend, 'handout.saveDetails', { workerId: id, ...CONTACT });
  return id;
}

const pdfOf = async (backend: Backend, workerId: number) =>
  pdfText(Buffer.from((await ok(backend, 'handout.pdf', { workerId })).dataBase64, 'base64'));

/** The PDF's lines joined into one text, as a reader meets them (a sentence may wrap over lines). */
const flowing = (text: string) => text.replace(/\s+/g, ' ');

describe('the patient handout', () => {
  it('prints the worker’s name, practice and contact details on one page that reads easily (Flesch ≥ 70)', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    const file = await ok(backend, 'handout.pdf', { workerId });
    expect(file).toMatchObject({ fileName: 'patient-handout-Florence-Ndlovu.pdf', mediaType: 'application/pdf' });

    const text = await pdfOf(backend, workerId);
    expect(text).not.toContain('\f'); // one page
    const all = flowing(text);
    expect(all).toContain('Meet Florence Ndlovu, your link worker');
    expect(all).toContain('Florence is a link worker at Riverside Surgery.');
    for (const value of Object.values(CONTACT)) expect(all).toContain(value);
    expect(all).toContain('Surgery Riverside Surgery');
    expect(all).toContain('Riverside PCN · printed 24/11/2026');
    expect(all).not.toMatch(/\{\w+\}/); // every placeholder filled
    // Scored as one flowing text, so a line the page wraps never counts as a short sentence (the stricter reading).
    expect(fleschReadingEase(all)).toBeGreaterThanOrEqual(70);
  });

  it('gives the same handout as plain text for a website, which reads as easily', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    const { text } = await ok(backend, 'handout.text', { workerId });
    expect(text.split('\n\n')[0]).toBe('Meet Florence Ndlovu, your link worker');
    expect(text).toContain(
      `Phone: ${CONTACT.phone}\nEmail: ${CONTACT.email}\nWhen: ${CONTACT.workingTimes}\nSurgery: Riverside Surgery`,
    );
    expect(text).toContain('What does a link worker do?\n\nA link worker helps');
    expect(fleschReadingEase(text)).toBeGreaterThanOrEqual(70);
  });

  it('leaves off what is not given, and names every practice for someone with no base practice', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    await ok(backend, 'practice.create', { name: 'Hillside Medical Centre', odsCode: 'A81002' });
    const { id } = await ok(backend, 'worker.create', linkWorker({ basePracticeId: null }));
    expect(await ok(backend, 'handout.details', { workerId: id })).toEqual({
      workerId: id,
      phone: '',
      email: '',
      workingTimes: '',
    });
    const { text } = await ok(backend, 'handout.text', { workerId: id });
    expect(text).toContain('Florence is a link worker at Hillside Medical Centre and Riverside Surgery.');
    expect(text).toContain('\n\nSurgeries: Hillside Medical Centre and Riverside Surgery\n\n');
    expect(text).not.toMatch(/Phone:|Email:|When:/);
  });

  it('uses the PCN’s own wording once the lead changes it, and records the change', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    const wording = await ok(backend, 'handout.wording', {});
    await ok(backend, 'handout.saveWording', { ...wording, title: '{firstName} at {pcn} can help you' });
    expect(flowing(await pdfOf(backend, workerId))).toContain('Florence at Riverside PCN can help you');
    const entry = backend.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'handout.wording'").get() as {
      summary: string;
    };
    expect(entry.summary).toBe('Changed the wording of the patient handout');
  });

  it('records who changed the contact details, before and after', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    const entry = backend.ctx.db
      .prepare(
        "SELECT worker_id AS workerId, summary, after_json AS after FROM audit_log WHERE action = 'handout.details'",
      )
      .get() as { workerId: number; summary: string; after: string };
    expect(entry).toMatchObject({
      workerId,
      summary: 'Changed how patients reach Florence Ndlovu (their patient handout)',
    });
    expect(JSON.parse(entry.after)).toEqual({ workerId, ...CONTACT });
  });

  it('announces saved contact details as a change to that worker’s handout, so open pages reload them', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    const heard: DataChange[] = [];
    backend.onChange((change) => heard.push(change));
    await ok(backend, 'handout.saveDetails', { workerId, ...CONTACT, phone: '01632 960999' });
    expect(heard).toEqual([expect.objectContaining({ domains: ['handouts', 'audit'], workerIds: [workerId] })]);
  });

  it('lets a worker added in error be removed with their contact details', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    await ok(backend, 'worker.removeMadeInError', { id: workerId, reason: 'Added twice' });
    expect(count(backend, 'worker_handout')).toBe(0);
  });

  it('is for link workers in post: a coach’s, or a leaver’s, is refused with the reason', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const coach = await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okoro', role: 'hwbc' }));
    const leaver = await ok(backend, 'worker.create', linkWorker({ name: 'Ann Lee', leavingDate: '2026-10-31' }));
    expect(await backend.call('handout.pdf', { workerId: coach.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Sam Okoro is a health and wellbeing coach') },
    });
    expect(await backend.call('handout.text', { workerId: leaver.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Ann Lee left on 31/10/2026: patients cannot be referred to them' },
    });
    expect(await backend.call('handout.details', { workerId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('the handout’s validation', () => {
  it('refuses contact details that patients could not use, or that hold an NHS number, and writes nothing', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    const save = (change: Partial<typeof CONTACT>) => ({ workerId, ...CONTACT, ...change });
    expect(
      await refused(backend, 'handout.saveDetails', save({ phone: 'ring me' }), 'phone', 'worker_handout'),
    ).toMatch(/Enter a phone number patients can call/);
    await refused(backend, 'handout.saveDetails', save({ phone: '01632 96' }), 'phone', 'worker_handout');
    await refused(backend, 'handout.saveDetails', save({ email: 'florence@' }), 'email', 'worker_handout');
    expect(
      await refused(
        backend,
        'handout.saveDetails',
        save({ workingTimes: 'Mondays; not 943 476 5919' }),
        'workingTimes',
        'worker_handout',
      ),
    ).toMatch(/looks like an NHS number/);
    await refused(backend, 'handout.saveDetails', save({ phone: '943 476 5919' }), 'phone', 'worker_handout');
    expect(await ok(backend, 'handout.details', { workerId })).toEqual({ workerId, ...CONTACT });
  });

  it('keeps empty details empty, and a number written with +44 and brackets', async () => {
    const backend = testBackend();
    const workerId = await florenceWithDetails(backend);
    const saved = await ok(backend, 'handout.saveDetails', {
      workerId,
      phone: ' +44 (0)1632 960123 ',
      email: '',
      workingTimes: '',
    });
    expect(saved).toEqual({ workerId, phone: '+44 (0)1632 960123', email: '', workingTimes: '' });
    expect(count(backend, 'worker_handout')).toBe(1);
  });

  it('refuses wording with a placeholder Linkwork does not know, a lone brace, or a part left empty', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const wording = await ok(backend, 'handout.wording', {});
    expect(
      await refused(backend, 'handout.saveWording', { ...wording, intro: 'Hello {surname}' }, 'intro', 'setting'),
    ).toBe('Linkwork does not know {surname}: use {name}, {firstName}, {practices}, {pcn}');
    await refused(backend, 'handout.saveWording', { ...wording, closing: 'Call {name' }, 'closing', 'setting');
    await refused(backend, 'handout.saveWording', { ...wording, doText: '   ' }, 'doText', 'setting');
    await refused(backend, 'handout.saveWording', { ...wording, title: 'Two\nlines' }, 'title', 'setting');
    expect(await ok(backend, 'handout.wording', {})).toEqual(wording);
  });

  it('ships default wording that reads easily (Flesch ≥ 70 by the test’s own count)', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const wording = await ok(backend, 'handout.wording', {});
    expect(fleschReadingEase(Object.values(wording).join('\n'))).toBeGreaterThanOrEqual(70);
  });
});
