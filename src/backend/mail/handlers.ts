import type { mailMethods } from '../../shared/api/methods/mail.ts';
import type { HandlerTable } from '../handler.ts';

export const mailHandlers = {} satisfies HandlerTable<keyof typeof mailMethods>;
