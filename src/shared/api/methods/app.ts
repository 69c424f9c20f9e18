import { z } from 'zod';
import type { AppStatus, CurrentUser } from '../../domain/app.ts';
import { pcnSetUpInput } from '../../schemas/pcn.ts';
import { ANYONE, LEAD } from '../access.ts';
import { method } from '../method.ts';

const none = z.object({}).strict();

export const appMethods = {
  'app.status': method<AppStatus>()(none, ANYONE),
  'app.setUpPcn': method<AppStatus>()(pcnSetUpInput, LEAD),
  'app.loadExample': method<AppStatus>()(none, LEAD),
  'app.setCurrentUser': method<CurrentUser>()(
    z.object({
      person: z.object({ kind: z.enum(['worker', 'colleague']), id: z.number().int().positive() }).nullable(),
    }),
    LEAD,
  ),
};
