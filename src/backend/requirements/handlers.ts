import type { requirementMethods } from '../../shared/api/methods/requirements.ts';
import { today } from '../context.ts';
import type { HandlerTable } from '../handler.ts';
import { catalogueUpdateNotice, dismissCatalogueUpdate } from './catalogue-update.ts';
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
  'requirement.catalogueUpdate': (_input, ctx) => catalogueUpdateNotice(ctx),
  'requirement.dismissCatalogueUpdate': ({ version }, ctx) => {
    dismissCatalogueUpdate(ctx, version);
    return null;
  },
} satisfies HandlerTable<keyof typeof requirementMethods>;
