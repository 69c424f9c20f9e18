import type { RunWhileOpen } from '../backups/daily.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import type { PeriodicCheck } from '../periodic-check.ts';
import { checkPeriodically } from '../periodic-check.ts';
import type { DigestLog, DigestRun } from './digests.ts';
import { sendDigests } from './digests.ts';
import type { StoredMailSettings } from './settings.ts';
import { readMailSettings } from './settings.ts';
import type { MailTransport } from './transport.ts';
import { smtpTransport } from './transport.ts';

const UK_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' });

export const ukHourOf = (instant: Date): number => Number(UK_HOUR.format(instant));

/** `checkNow` sends today's digests now if mail is on and the hour set in Settings has come (as the timer does). */
export type DigestSchedule = PeriodicCheck<DigestRun>;

/**
 * While team mode serves: checks at once and then every `everyMs`, one run at a time, on the backend's clock.
 * Each account gets at most one digest a day however often this runs or the server restarts (the digest table
 * decides), so checking often only means someone whose first reminder appears later in the day still hears today.
 */
export function scheduleDailyDigests(
  ctx: Ctx,
  log: DigestLog,
  {
    everyMs = 15 * 60_000,
    transportFor = smtpTransport,
    whileOpen,
  }: {
    everyMs?: number;
    transportFor?: (settings: StoredMailSettings) => MailTransport;
    /** The backend's door: a run and a restore never overlap. */
    whileOpen: RunWhileOpen;
  },
): DigestSchedule {
  const send = async (): Promise<DigestRun | null> => {
    const settings = readMailSettings(ctx.db);
    if (!settings.enabled || ukHourOf(ctx.now()) < settings.sendHour) return null;
    const transport = transportFor(settings);
    try {
      return await sendDigests(ctx.db, today(ctx), transport, log);
    } finally {
      transport.close?.();
    }
  };
  return checkPeriodically(
    () => whileOpen(send),
    everyMs,
    (error) => log.error(`Linkwork could not send today's e-mail reminders: ${error.message}`),
  );
}
