import type { packMethods } from '../../shared/api/methods/packs.ts';
import type { HandlerTable } from '../handler.ts';
import { practicePack } from './practice-pack.ts';
import { workerPack } from './worker-pack.ts';

export const packHandlers = {
  'pack.worker': ({ workerId }, ctx) => workerPack(ctx, workerId),
  'pack.practice': ({ practiceId }, ctx) => practicePack(ctx, practiceId),
} satisfies HandlerTable<keyof typeof packMethods>;
