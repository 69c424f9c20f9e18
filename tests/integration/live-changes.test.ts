import { describe, expect, it } from 'vitest';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { DOMAINS } from '../../src/shared/api/domains.ts';
import { ok, testBackend } from '../support/backend.ts';
import { linkWorker, pcnWithGp, supervisedLinkWorker } from '../support/pcn.ts';

function listen(backend: ReturnType<typeof testBackend>): DataChange[] {
  const heard: DataChange[] = [];
  backend.onChange((change) => heard.push(change));
  return heard;
}

describe('every committed write is announced', () => {
  it('names the domain written and the worker touched, and hands the change back with the answer', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const heard = listen(backend);

    const envelope = await backend.call('training.record', {
      workerId,
      requirementId: 'splw-elfh-programme',
      status: 'completed',
      completedOn: '2026-10-01',
    });

    expect(envelope.ok).toBe(true);
    expect(heard).toHaveLength(1);
    // Her reminder of that training resolves with the same write, so open bells hear of it too.
    expect(heard[0]).toMatchObject({ domains: ['training', 'audit', 'reminders'], workerIds: [workerId] });
    expect(envelope.ok && envelope.change).toEqual(heard[0]);
  });

  it('announces nothing for reads, refused input or a domain error', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const heard = listen(backend);

    await ok(backend, 'worker.list', {});
    await ok(backend, 'compliance.matrix', {});
    const refused = await backend.call('worker.create', linkWorker({ name: '' }));
    const missing = await backend.call('worker.markLeaver', { id: 999, leavingDate: '2026-11-01' });

    expect(refused.ok).toBe(false);
    expect(missing.ok).toBe(false);
    expect(heard).toEqual([]);
  });

  it('says "anyone" for a PCN-wide change and "everything" for setting up the PCN', async () => {
    const backend = testBackend();
    const heard = listen(backend);
    await pcnWithGp(backend);
    await ok(backend, 'employer.create', { name: 'Health Partners CIC', kind: 'subcontracted' });

    expect(heard[0]?.domains.sort()).toEqual([...DOMAINS].sort());
    expect(heard.at(-1)).toMatchObject({ domains: ['pcn', 'audit'], workerIds: null });
  });

  it('announces choosing whom to act as as a change of status only', async () => {
    const backend = testBackend();
    const { gpId } = await pcnWithGp(backend);
    const heard = listen(backend);
    await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: gpId } });
    expect(heard).toEqual([expect.objectContaining({ domains: ['app', 'audit'], workerIds: null })]);
  });

  it('gives each change its own id, and a listener can stop listening', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const heard: DataChange[] = [];
    const stop = backend.onChange((change) => heard.push(change));
    await ok(backend, 'worker.create', linkWorker());
    await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okafor' }));
    stop();
    await ok(backend, 'worker.create', linkWorker({ name: 'Priya Shah' }));

    expect(heard).toHaveLength(2);
    expect(new Set(heard.map((c) => c.id)).size).toBe(2);
  });
});
