import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';

/** Records a change to a setting in the audit log; call it inside the transaction that saved the setting. */
export function auditSettingChange(ctx: Ctx, summary: string, before: unknown, after: unknown): void {
  recordAudit(ctx, { action: 'settings.update', entity: 'setting', entityId: null, summary, before, after });
}
