import { z } from 'zod';
import type { AppSettings } from '../../schemas/settings.ts';
import { appSettingsFields } from '../../schemas/settings.ts';
import { method } from '../method.ts';

export const settingsMethods = {
  'settings.get': method<AppSettings>()(z.object({}).strict()),
  'settings.update': method<AppSettings>()(appSettingsFields),
};
