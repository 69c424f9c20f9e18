import type { complianceMethods } from '../../shared/api/methods/compliance.ts';
import { today } from '../context.ts';
import type { HandlerTable } from '../handler.ts';
import { workerCompliance } from './compute.ts';
import { currentMatrix } from './matrix-cache.ts';

export const complianceHandlers = {
  'compliance.matrix': (_input, ctx) => currentMatrix(ctx.db, today(ctx)),
  'compliance.worker': ({ workerId }, ctx) => workerCompliance(ctx, workerId),
} satisfies HandlerTable<keyof typeof complianceMethods>;
