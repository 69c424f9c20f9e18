import type { requirementMethods } from '../../shared/api/methods/requirements.ts';
import { today } from '../context.ts';
import type { HandlerTable } from '../handler.ts';
import { listRequirements } from './queries.ts';
import * as service from './service.ts';

export const requirementHandlers = {
  'requirement.list': (_input, { db }) => listRequirements(db),
  'requirement.save': ({ fields, isNew }, ctx) => service.saveRequirement(ctx, fields, isNew),
  'requirement.setRetired': ({ id, retired }, ctx) => service.setRetired(ctx, id, retired),
  'requirement.import': ({ text }, ctx) => service.importCatalogue(ctx, text),
  'requirement.export': (_input, ctx) => ({
    fileName: `linkwork-requirements-${today(ctx)}.json`,
    text: service.exportCatalogue(ctx),
  }),
} satisfies HandlerTable<keyof typeof requirementMethods>;
