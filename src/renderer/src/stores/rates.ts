import type { InputOf } from '../../../shared/api/contract.ts';
import type { ArrsSumRate, Rate } from '../../../shared/domain/rates.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** The ARRS maximum reimbursable amounts, each for a role in an area over a period. */
export const rates = createResource<null, Rate[]>({
  name: 'the ARRS rates',
  load: () => call('rate.list', {}),
  dependsOn: ['claims'],
});

/** Adds a maximum; the answer is the whole list again. Claim months that lacked one reload with it. */
export async function saveRate(fields: InputOf<'rate.save'>): Promise<void> {
  rates.put(null, await call('rate.save', fields));
}

export async function updateRate(input: InputOf<'rate.update'>): Promise<void> {
  rates.put(null, await call('rate.update', input));
}

export async function removeRate(id: number): Promise<void> {
  rates.put(null, await call('rate.remove', { id }));
}

/** The PCN's ARRS sum per weighted patient, a row per financial year. */
export const arrsSums = createResource<null, ArrsSumRate[]>({
  name: 'the ARRS sum per weighted patient',
  load: () => call('arrsSum.list', {}),
  dependsOn: ['claims'],
});

export async function saveArrsSum(fields: InputOf<'arrsSum.save'>): Promise<void> {
  arrsSums.put(null, await call('arrsSum.save', fields));
}

export async function removeArrsSum(financialYear: string): Promise<void> {
  arrsSums.put(null, await call('arrsSum.remove', { financialYear }));
}
