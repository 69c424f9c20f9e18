import type { Backend } from '../../src/backend/backend.ts';
import { ok } from './backend.ts';
import { linkWorker, pcnWithGp } from './pcn.ts';

export const MONTH = '2025-10';

/** Three link workers in October 2025 under the 2025/26 maximum of £40,159: */
export interface ThreeLines {
  /** Florence: 0.8 WTE, trained, paid and confirmed on NWRS; claims £2,677.27. */
  ready: number;
  /** Grace: full time and paid, but her link-worker training is missing: blocked by training. */
  untrained: number;
  /** Hana: trained and confirmed, but no pay on record: blocked by a problem, so never overridden. */
  unpaid: number;
}

const TRAINING = ['splw-elfh-programme', 'splw-pci-training', 'additionality-declared', 'nwrs-recorded'];

export async function threeLines(backend: Backend): Promise<ThreeLines> {
  const { gpId } = await pcnWithGp(backend);
  await ok(backend, 'rate.save', {
    role: 'splw',
    area: 'national',
    annualMaxPence: 4015900,
    effectiveFrom: '2025-04-01',
    effectiveTo: '2026-03-31',
    source: 'test',
    mark: 'P',
  });
  const worker = async (name: string, hoursPerWeek: number, trained: string[], paid: boolean) => {
    const { id } = await ok(
      backend,
      'worker.create',
      linkWorker({ name, hoursPerWeek, supervisorId: gpId, firstContactId: gpId, startDate: '2024-04-01' }),
    );
    if (paid)
      await ok(backend, 'pay.save', {
        workerId: id,
        effectiveFrom: '2024-04-01',
        annualSalaryPence: 3000000,
        ni: { kind: 'percent', basisPoints: 800 },
        pension: { kind: 'percent', basisPoints: 1445 },
      });
    for (const requirementId of trained)
      await ok(backend, 'training.record', {
        workerId: id,
        requirementId,
        status: 'completed',
        completedOn: '2024-06-01',
      });
    await ok(backend, 'claim.confirmNwrs', { month: MONTH, workerId: id });
    return id;
  };
  return {
    ready: await worker('Florence Ndlovu', 30, TRAINING, true),
    untrained: await worker('Grace Okafor', 37.5, ['additionality-declared', 'nwrs-recorded'], true),
    unpaid: await worker('Hana Begum', 37.5, TRAINING, false),
  };
}

/** Starts the month's claim and answers its id. */
export async function startClaim(backend: Backend, month = MONTH): Promise<number> {
  const view = await ok(backend, 'claim.start', { month });
  return view.claim?.id ?? 0;
}

/** The audit log's actions, oldest first. */
export async function auditActions(backend: Backend): Promise<string[]> {
  const { entries } = await ok(backend, 'audit.list', { workerId: null, limit: 1000, offset: 0 });
  return entries.map((e) => e.action).reverse();
}
