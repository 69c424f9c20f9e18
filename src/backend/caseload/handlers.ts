import type { caseloadMethods } from '../../shared/api/methods/caseload.ts';
import { today } from '../context.ts';
import type { HandlerTable } from '../handler.ts';
import { caseloadOverview } from './figures.ts';
import { importCaseload } from './import.ts';
import { caseloadOfWorker, saveCaseloadMonth } from './service.ts';
import { readThresholds, saveThresholds } from './thresholds.ts';

export const caseloadHandlers = {
  'caseload.forWorker': ({ workerId }, ctx) => caseloadOfWorker(ctx, workerId),
  'caseload.save': (input, ctx) => saveCaseloadMonth(ctx, input),
  'caseload.overview': (_input, ctx) => caseloadOverview(ctx.db, today(ctx)),
  'caseload.import': (input, ctx) => importCaseload(ctx, input),
  'caseload.thresholds': (_input, { db }) => readThresholds(db),
  'caseload.setThresholds': (input, ctx) => saveThresholds(ctx, input),
} satisfies HandlerTable<keyof typeof caseloadMethods>;
