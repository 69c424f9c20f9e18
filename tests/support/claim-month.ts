import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { ok } from './backend.ts';
import { linkWorker, pcnWithGp } from './pcn.ts';

export const MONTH = '2025-10';

const TRAINING = ['splw-elfh-programme', 'splw-pci-training', 'additionality-declared', 'nwrs-recorded'];

/** The PCN and its GP, with the 2025/26 national maximum for a link worker (£40,159). */
export async function claimPcn(backend: Backend): Promise<{ gpId: number }> {
  const pcn = await pcnWithGp(backend);
  await ok(backend, 'rate.save', {
    role: 'splw',
    area: 'national',
    annualMaxPence: 4015900,
    effectiveFrom: '2025-04-01',
    effectiveTo: '2026-03-31',
    source: 'test',
    mark: 'P',
  });
  return pcn;
}

export interface ClaimWorker extends Partial<InputOf<'worker.create'>> {
  /** Their named supervisor and first contact. */
  gpId: number;
  /** Requirements recorded as completed on 01/06/2024: the link-worker training and both declarations unless said. */
  trained?: readonly string[];
  /** On £30,000 with 8% NI and 14.45% pension from 01/04/2024, unless false. */
  paid?: boolean;
}

/**
 * A link worker who started on 01/04/2024 (change any field), with the GP named, their pay and training, and the
 * NWRS record confirmed for October 2025; answers their id.
 */
export async function claimWorker(
  backend: Backend,
  { gpId, trained = TRAINING, paid = true, ...change }: ClaimWorker,
): Promise<number> {
  const { id } = await ok(
    backend,
    'worker.create',
    linkWorker({ supervisorId: gpId, firstContactId: gpId, startDate: '2024-04-01', ...change }),
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
}

/** Three link workers in October 2025 under the 2025/26 maximum of £40,159: */
export interface ThreeLines {
  /** Florence: 0.8 WTE, trained, paid and confirmed on NWRS; claims £2,677.27. */
  ready: number;
  /** Grace: full time and paid, but her link-worker training is missing: blocked by training. */
  untrained: number;
  /** Hana: trained and confirmed, but no pay on record: blocked by a problem, so never overridden. */
  unpaid: number;
}

export async function threeLines(backend: Backend): Promise<ThreeLines> {
  const { gpId } = await claimPcn(backend);
  return {
    ready: await claimWorker(backend, { gpId, name: 'Florence Ndlovu', hoursPerWeek: 30 }),
    untrained: await claimWorker(backend, {
      gpId,
      name: 'Grace Okafor',
      trained: ['additionality-declared', 'nwrs-recorded'],
    }),
    unpaid: await claimWorker(backend, { gpId, name: 'Hana Begum', paid: false }),
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
