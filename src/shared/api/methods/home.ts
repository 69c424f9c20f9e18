import { z } from 'zod';
import type { LeadHome, SupervisorHome, WorkerHome } from '../../domain/home.ts';
import { id } from '../../schemas/fields.ts';
import { READERS, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const homeMethods = {
  'home.lead': method<LeadHome>()(z.object({}).strict(), READERS),
  // A signed-in supervisor gets their own supervisees; in personal mode (and for the lead and the viewer) the
  // supervisor named, else the one chosen under "Acting as" (home/supervisor.ts).
  'home.supervisor': method<SupervisorHome>()(z.object({ colleagueId: id.optional() }).strict(), SIGNED_IN),
  // The caller's own worker; the lead, the viewer, personal mode and a supervisor may name a worker they can see.
  'home.mine': method<WorkerHome>()(z.object({ workerId: id.optional() }).strict(), SIGNED_IN),
};
