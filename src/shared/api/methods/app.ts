import { z } from 'zod';
import type { Pcn } from '../../domain/pcn.ts';
import { pcnSetUpInput } from '../../schemas/pcn.ts';
import { method } from '../method.ts';

export interface AppStatus {
  pcn: Pcn | null;
  dataFile: string;
  appVersion: string;
  schemaVersion: number;
  currentUser: CurrentUser;
  /** Today's date as the backend sees it (UK calendar), so the UI and rules agree. */
  today: string;
}

export type PersonRef = { kind: 'worker' | 'colleague'; id: number };

export interface CurrentUser {
  /** The person chosen in the app, or null when acting as the operating-system user. */
  person: (PersonRef & { name: string }) | null;
  osUser: string;
}

const none = z.object({}).strict();

export const appMethods = {
  'app.status': method<AppStatus>()(none),
  'app.setUpPcn': method<AppStatus>()(pcnSetUpInput),
  'app.loadExample': method<AppStatus>()(none),
  'app.setCurrentUser': method<CurrentUser>()(
    z.object({
      person: z.object({ kind: z.enum(['worker', 'colleague']), id: z.number().int().positive() }).nullable(),
    }),
  ),
};
