import type { InputOf } from '../../../shared/api/contract.ts';
import type { Rate } from '../../../shared/domain/claims.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** The ARRS maximum reimbursable amounts, each with the date it takes effect. */
export const rates = createResource<null, Rate[]>({
  name: 'the ARRS rates',
  load: () => call('rate.list', {}),
  dependsOn: ['claims'],
});

/** Adds a rate; the answer is the whole list again. */
export async function saveRate(fields: InputOf<'rate.save'>): Promise<void> {
  rates.put(null, await call('rate.save', fields));
}
