import type { cpdMethods } from '../../shared/api/methods/cpd.ts';
import type { HandlerTable } from '../handler.ts';
import * as service from './service.ts';

export const cpdHandlers = {
  'cpd.forWorker': ({ workerId }, ctx) => service.cpdLog(ctx, workerId),
  'cpd.add': (input, ctx) => service.addEntry(ctx, input),
  'cpd.update': (input, ctx) => service.updateEntry(ctx, input),
  'cpd.remove': ({ id }, ctx) => {
    service.removeEntry(ctx, id);
    return null;
  },
  'cpd.logSuggestion': ({ workerId, eventKey }, ctx) => service.logSuggestion(ctx, workerId, eventKey),
} satisfies HandlerTable<keyof typeof cpdMethods>;
