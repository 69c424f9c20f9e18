import type { homeMethods } from '../../shared/api/methods/home.ts';
import type { HandlerTable } from '../handler.ts';
import { leadHome } from './lead.ts';
import { workerHome } from './mine.ts';
import { supervisorHome } from './supervisor.ts';

export const homeHandlers = {
  'home.lead': (_input, ctx) => leadHome(ctx),
  'home.supervisor': ({ colleagueId }, ctx) => supervisorHome(ctx, colleagueId),
  'home.mine': ({ workerId }, ctx) => workerHome(ctx, workerId),
} satisfies HandlerTable<keyof typeof homeMethods>;
