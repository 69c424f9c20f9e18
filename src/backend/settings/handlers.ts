import type { settingsMethods } from '../../shared/api/methods/settings.ts';
import type { HandlerTable } from '../handler.ts';
import { readAppSettings } from './app-settings.ts';
import { updateAppSettings } from './service.ts';

export const settingsHandlers = {
  'settings.get': (_input, { db }) => readAppSettings(db),
  'settings.update': (input, ctx) => updateAppSettings(ctx, input),
} satisfies HandlerTable<keyof typeof settingsMethods>;
