import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { ok } from './backend.ts';

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

/** Florence Ndlovu, a full-time link worker who started on 01/04/2025; change any field. */
export function linkWorker(change: Partial<InputOf<'worker.create'>> = {}): InputOf<'worker.create'> {
  return {
    name: 'Florence Ndlovu',
    role: 'splw',
    employerId: 1,
    basePracticeId: 1,
    arrsFunded: true,
    startDate: '2025-04-01',
    leavingDate: null,
    hoursPerWeek: 37.5,
    supervisorId: null,
    firstContactId: null,
    ...change,
  };
}

/** The PCN and GP above, and Florence with the GP as her named supervisor. */
export async function supervisedLinkWorker(backend: Backend): Promise<{ workerId: number; gpId: number }> {
  const { gpId } = await pcnWithGp(backend);
  const worker = await ok(backend, 'worker.create', linkWorker({ supervisorId: gpId }));
  return { workerId: worker.id, gpId };
}
