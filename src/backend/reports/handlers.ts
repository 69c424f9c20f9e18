import type { reportMethods } from '../../shared/api/methods/reports.ts';
import type { HandlerTable } from '../handler.ts';

export const reportHandlers = {} satisfies HandlerTable<keyof typeof reportMethods>;
