import { z } from 'zod';
import type { CpdEntry, CpdLog } from '../../domain/cpd.ts';
import { id } from '../../schemas/fields.ts';
import { cpdAddInput, cpdSuggestionInput, cpdUpdateInput } from '../../schemas/cpd.ts';
import { changeAbout, readAbout } from '../access.ts';
import { method } from '../method.ts';

const entryById = { field: 'id', record: 'cpd_entry' } as const;

// As training: the worker keeps their own log; their supervisor and the lead may add to it or put it right.
export const cpdMethods = {
  'cpd.forWorker': method<CpdLog>()(z.object({ workerId: id }), readAbout({ field: 'workerId' })),
  'cpd.add': method<CpdEntry>()(cpdAddInput, changeAbout({ field: 'workerId' }, { supervisor: true, self: true })),
  'cpd.update': method<CpdEntry>()(cpdUpdateInput, changeAbout(entryById, { supervisor: true, self: true })),
  'cpd.remove': method<null>()(z.object({ id }), changeAbout(entryById, { supervisor: true, self: true })),
  // One click logs a suggested event (the national webinar on its date) the person has not logged.
  'cpd.logSuggestion': method<CpdEntry>()(
    cpdSuggestionInput,
    changeAbout({ field: 'workerId' }, { supervisor: true, self: true }),
  ),
};
