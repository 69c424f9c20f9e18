import type { Backend } from '../../src/backend/backend.ts';
import { ok } from './backend.ts';
import { linkWorker } from './link-worker.ts';

export { linkWorker };

/** A PCN with one practice (the lead employer, id 1) and a GP who supervises. */
export async function pcnWithGp(backend: Backend): Promise<{ gpId: number }> {
  await ok(backend, 'app.setUpPcn', {
    pcn: { name: 'Riverside PCN', odsCode: 'U12345', fullTimeHours: 37.5 },
    practices: [{ name: 'Riverside Surgery', odsCode: 'A81001' }],
    leadPracticeIndex: 0,
  });
  const gp = await ok(backend, 'colleague.create', { name: 'Dr Asha Patel', jobTitle: 'GP partner', practiceId: 1 });
  return { gpId: gp.id };
}

/** The PCN and GP above, and Florence with the GP as her named supervisor. */
export async function supervisedLinkWorker(backend: Backend): Promise<{ workerId: number; gpId: number }> {
  const { gpId } = await pcnWithGp(backend);
  const worker = await ok(backend, 'worker.create', linkWorker({ supervisorId: gpId }));
  return { workerId: worker.id, gpId };
}
