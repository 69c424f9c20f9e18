import { z } from 'zod';
import type { CatalogueUpdateNotice } from '../../domain/catalogue-update.ts';
import type { Requirement } from '../../domain/requirements.ts';
import { requirementFields, requirementId } from '../../schemas/requirements.ts';
import { LEAD, READERS } from '../access.ts';
import { method } from '../method.ts';

const none = z.object({}).strict();

export const requirementMethods = {
  'requirement.list': method<Requirement[]>()(none, READERS),
  'requirement.save': method<Requirement>()(z.object({ fields: requirementFields, isNew: z.boolean() }), LEAD),
  'requirement.setRetired': method<Requirement>()(z.object({ id: requirementId, retired: z.boolean() }), LEAD),
  'requirement.import': method<{ added: string[]; updated: string[]; unchanged: number }>()(
    z.object({ text: z.string().min(1, 'The file is empty').max(2_000_000, 'The file is too large for a catalogue') }),
    LEAD,
  ),
  'requirement.export': method<{ fileName: string; text: string }>()(none, READERS),
  /** A built-in catalogue update the lead has not dismissed yet: what it changed, and what it left as the PCN had it. */
  'requirement.catalogueUpdate': method<CatalogueUpdateNotice | null>()(none, LEAD),
  'requirement.dismissCatalogueUpdate': method<null>()(z.object({ version: z.number().int().min(1) }).strict(), LEAD),
};
