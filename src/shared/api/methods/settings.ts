import { z } from 'zod';
import type { AppSettings } from '../../schemas/settings.ts';
import { appSettingsFields } from '../../schemas/settings.ts';
import { LEAD, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const settingsMethods = {
  // Pages need the settings for labels (rating wording, thresholds), so everyone signed in reads them.
  'settings.get': method<AppSettings>()(z.object({}).strict(), SIGNED_IN),
  'settings.update': method<AppSettings>()(appSettingsFields, LEAD),
};
