import type { AppSettings } from '../../shared/schemas/settings.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { readAppSettings, writeAppSettings } from './app-settings.ts';
import { auditSettingChange } from './audit.ts';

export function updateAppSettings(ctx: Ctx, settings: AppSettings): AppSettings {
  return inTransaction(ctx, () => {
    const before = readAppSettings(ctx.db);
    writeAppSettings(ctx.db, settings);
    auditSettingChange(ctx, 'Changed the settings', before, settings);
    return settings;
  });
}
