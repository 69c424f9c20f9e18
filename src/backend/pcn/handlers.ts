import type { pcnMethods } from '../../shared/api/methods/pcn.ts';
import { conflict } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import * as q from './queries.ts';
import * as service from './service.ts';

export const pcnHandlers = {
  'pcn.get': (_input, { db }) => {
    const pcn = q.readPcn(db);
    if (!pcn) throw conflict('Set up the PCN first');
    return pcn;
  },
  'pcn.update': (input, ctx) => service.updatePcn(ctx, input),
  'practice.list': (_input, { db }) => q.listPractices(db),
  'practice.create': (input, ctx) => service.createPractice(ctx, input),
  'practice.update': (input, ctx) => service.updatePractice(ctx, input),
  'employer.list': (_input, { db }) => q.listEmployers(db),
  'employer.create': (input, ctx) => service.createEmployer(ctx, input),
  'employer.update': (input, ctx) => service.updateEmployer(ctx, input),
  'colleague.list': (_input, { db }) => q.listColleagues(db),
  'colleague.create': (input, ctx) => service.createColleague(ctx, input),
  'colleague.update': (input, ctx) => service.updateColleague(ctx, input),
} satisfies HandlerTable<keyof typeof pcnMethods>;
