import { z } from 'zod';
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
};
