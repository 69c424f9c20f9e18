import type { trainingMethods } from '../../shared/api/methods/training.ts';
import { workerCompliance } from '../compliance/compute.ts';
import type { HandlerTable } from '../handler.ts';
import { recordMany } from './bulk.ts';
import { correctRecord, withdrawRecord } from './corrections.ts';
import * as service from './service.ts';

export const trainingHandlers = {
  'training.record': (input, ctx) => service.addRecord(ctx, input),
  'training.recordMany': (input, ctx) => recordMany(ctx, input),
  'training.exempt': (input, ctx) => {
    service.exempt(ctx, input);
    return workerCompliance(ctx, input.workerId);
  },
  'training.endExemption': (input, ctx) => {
    service.endExemption(ctx, input);
    return workerCompliance(ctx, input.workerId);
  },
  'training.verify': ({ recordId }, ctx) => service.verifyRecord(ctx, recordId),
  'training.correct': (input, ctx) => correctRecord(ctx, input),
  'training.withdraw': (input, ctx) => withdrawRecord(ctx, input),
} satisfies HandlerTable<keyof typeof trainingMethods>;
