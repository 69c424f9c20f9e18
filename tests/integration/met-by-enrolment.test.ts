import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { ok, tempDir } from '../support/backend.ts';
import { pcnWithGp } from '../support/pcn.ts';
import { linkWorker } from '../support/link-worker.ts';

// "Now" is 24/11/2026 throughout.
const opened: Backend[] = [];
const dirs: string[] = [];

afterEach(() => {
  opened.splice(0).forEach((b) => b.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function openFolder(dataDir: string): Backend {
  const backend = createBackend({
    dataDir,
    now: () => new Date('2026-11-24T10:00:00Z'),
    osUser: 'tester',
    log: () => undefined,
  });
  opened.push(backend);
  return backend;
}

function freshFolder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

const PCI_COURSES = ['splw-pci-training', 'cc-pci-two-day', 'hwbc-pci-coaching'];

const metByOf = async (backend: Backend) =>
  Object.fromEntries((await ok(backend, 'requirement.list', {})).map((r) => [r.id, r.metBy]));

describe('requirements met by enrolment', () => {
  it('a care coordinator enrolled on both courses meets the PCI two-day course but not the PCSP e-learning', async () => {
    const backend = openFolder(freshFolder());
    const { gpId } = await pcnWithGp(backend);
    const coordinator = await ok(
      backend,
      'worker.create',
      linkWorker({ name: 'Priya Shah', role: 'care_coordinator', startDate: '2026-03-02', supervisorId: gpId }),
    );
    for (const requirementId of ['cc-pci-two-day', 'cc-pcsp-elearning'])
      await ok(backend, 'training.record', {
        workerId: coordinator.id,
        requirementId,
        status: 'enrolled',
        startDate: '2026-04-13',
        provider: 'Personalised Care Institute',
      });

    const { items } = await ok(backend, 'compliance.worker', { workerId: coordinator.id });
    const statusOf = (id: string) => items.find((i) => i.requirement.id === id)?.status;
    expect(statusOf('cc-pci-two-day')).toMatchObject({ status: 'complete', reason: 'Enrolled since 13/04/2026' });
    expect(statusOf('cc-pcsp-elearning')).toMatchObject({
      status: 'overdue',
      reason: 'In progress; was due by 02/09/2026',
    });
  });

  it('keeps what meets a requirement as it is saved, completion unless said', async () => {
    const backend = openFolder(freshFolder());
    const fields = {
      id: 'pcn-coaching-module',
      title: 'PCN coaching module',
      kind: 'training' as const,
      roles: ['hwbc' as const],
      due: { type: 'after_start' as const, months: 6 },
      renewalMonths: null,
      blocksClaim: false,
    };
    await ok(backend, 'requirement.save', { isNew: true, fields });
    expect((await metByOf(backend))['pcn-coaching-module']).toBe('completion');
    await ok(backend, 'requirement.save', { isNew: false, fields: { ...fields, metBy: 'enrolment' } });
    expect((await metByOf(backend))['pcn-coaching-module']).toBe('enrolment');
  });

  it('a database from before migration 025 has its built-in PCI courses met by enrolment at opening, and nothing else', async () => {
    const dir = freshFolder();
    const before = openFolder(dir);
    const fresh = await metByOf(before);
    expect(Object.keys(fresh).filter((id) => fresh[id] === 'enrolment')).toEqual(PCI_COURSES);
    // As migration 024 left it: no column yet, so every requirement read as met by completion.
    before.ctx.db.exec('ALTER TABLE requirement DROP COLUMN met_by');
    before.ctx.db.pragma('user_version = 24');
    opened.pop()?.close();

    const reopened = await metByOf(openFolder(dir));
    expect(Object.keys(reopened).filter((id) => reopened[id] === 'enrolment')).toEqual(PCI_COURSES);
  });
});
