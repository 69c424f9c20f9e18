import type { AppSettings } from '../../shared/schemas/settings.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { readAppSettings, writeAppSettings } from './app-settings.ts';

export function updateAppSettings(ctx: Ctx, settings: AppSettings): AppSettings {
  return inTransaction(ctx, () => {
    const before = readAppSettings(ctx.db);
    writeAppSettings(ctx.db, settings);
    recordAudit(ctx, {
      action: 'settings.update',
      entity: 'setting',
      entityId: null,
      summary: 'Changed the settings',
      before,
      after: settings,
    });
    return settings;
  });
}
