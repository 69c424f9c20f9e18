import type { reminderMethods } from '../../shared/api/methods/reminders.ts';
import type { HandlerTable } from '../handler.ts';

export const reminderHandlers = {} satisfies HandlerTable<keyof typeof reminderMethods>;
