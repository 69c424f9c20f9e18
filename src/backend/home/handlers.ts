import type { homeMethods } from '../../shared/api/methods/home.ts';
import type { HandlerTable } from '../handler.ts';

export const homeHandlers = {} satisfies HandlerTable<keyof typeof homeMethods>;
