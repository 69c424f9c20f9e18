import fs from 'node:fs';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { recordAudit } from '../../src/backend/audit/record.ts';
import { inTransaction } from '../../src/backend/context.ts';
import { seededRandom } from '../../src/backend/seed/random.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import type { AuditAction, AuditRecordKind } from '../../src/shared/domain/audit-kinds.ts';
import { addDays } from '../../src/shared/rules/dates.ts';
import { makeDataDir } from '../../tests/support/browser-mode.ts';
import { median, timed } from './timing.ts';

/** How often each kind of entry turns up in a year of everyday use across an integrated care system. */
const MIX: readonly { action: AuditAction; entity: AuditRecordKind; share: number; what: string }[] = [
  { action: 'training.record', entity: 'training_record', share: 40, what: 'Recorded Fire safety as completed for' },
  { action: 'account.signIn', entity: 'account', share: 14, what: 'Signed in:' },
  { action: 'supervision.sign', entity: 'supervision_session', share: 12, what: 'Signed the supervision record of' },
  {
    action: 'supervision.create',
    entity: 'supervision_session',
    share: 8,
    what: 'Recorded a peer supervision session for',
  },
  { action: 'account.signOut', entity: 'account', share: 6, what: 'Signed out:' },
  { action: 'training.verify', entity: 'training_record', share: 5, what: 'Verified Safeguarding adults level 2 for' },
  { action: 'worker.update', entity: 'worker', share: 4, what: 'Changed hours a week for worker' },
  {
    action: 'supervision.action',
    entity: 'supervision_action',
    share: 3,
    what: 'Marked a supervision action done for',
  },
  { action: 'assessment.start', entity: 'assessment', share: 2, what: 'Started an annual self-assessment for' },
  { action: 'assessment.submit', entity: 'assessment', share: 2, what: 'Submitted the self-assessment of' },
  { action: 'assessment.sign', entity: 'assessment', share: 2, what: 'Signed the assessment of' },
  { action: 'training.exempt', entity: 'exemption', share: 1, what: 'Marked Manual handling as not required for' },
  { action: 'pay.save', entity: 'worker_pay', share: 1, what: 'Recorded pay for' },
];
const TOTAL_SHARE = MIX.reduce((sum, m) => sum + m.share, 0);

export interface HistoryOptions {
  entries: number;
  /** The first and last days the entries fall on, evenly spread in between, oldest first. */
  from: string;
  to: string;
  seed: number;
}

/**
 * Appends a few years of everyday entries to a seeded file's audit log through `recordAudit`, as real use would
 * leave it: each about a worker of the register, by one of a few hundred people, chained like any other entry.
 */
export function appendEverydayHistory(backend: Backend, { entries, from, to, seed }: HistoryOptions): void {
  const random = seededRandom(seed);
  const workers = backend.ctx.db.prepare('SELECT id, name FROM worker ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  const actors = workers.slice(0, 300).map((w) => w.name);
  const first = Date.parse(`${from}T08:00:00Z`);
  const span = Date.parse(`${to}T18:00:00Z`) - first;
  let written = 0;
  while (written < entries) {
    const batch = Math.min(10_000, entries - written);
    inTransaction(backend.ctx, () => {
      for (let i = 0; i < batch; i++, written++) {
        const at = new Date(first + Math.floor((span * written) / entries));
        let pick = random() * TOTAL_SHARE;
        const kind = MIX.find((m) => (pick -= m.share) < 0) ?? (MIX[0] as (typeof MIX)[number]);
        const worker = workers[Math.floor(random() * workers.length)] as (typeof workers)[number];
        recordAudit(
          { ...backend.ctx, now: () => at },
          {
            action: kind.action,
            entity: kind.entity,
            entityId: written + 1,
            workerId: kind.entity === 'account' ? null : worker.id,
            summary: `${kind.what} ${worker.name}`,
            actor: actors[Math.floor(random() * actors.length)] as string,
          },
        );
      }
    });
  }
}

/** Three years of an integrated care system's log: the size the filters' indexes are for. */
const ENTRIES = 400_000;

/**
 * The audit log's filters and export at ICS scale, on a copy of the seeded folder (so the other benches see the file
 * as seeded): a page of 200 through the backend's door, median of 5, for each filter alone and together, and the CSV.
 */
export async function benchAuditLog(dataDir: string, today: string): Promise<string[]> {
  const copy = makeDataDir('linkwork-bench-audit-');
  fs.cpSync(dataDir, copy, { recursive: true });
  // The three years that follow the seed's day, as a log grows: written in order, as a clock that keeps time writes it.
  const from = addDays(today, 1);
  const end = addDays(today, 3 * 365);
  const backend = createBackend({ dataDir: copy, now: () => new Date(`${end}T18:00:00Z`) });
  try {
    const fillMs = timed(() => appendEverydayHistory(backend, { entries: ENTRIES, from, to: end, seed: 1 }));
    const lines = [
      `audit log: ${ENTRIES.toLocaleString('en-GB')} entries over three years appended in ${fillMs.toFixed(0)} ms`,
    ];
    const worker = backend.ctx.db
      .prepare('SELECT worker_id FROM audit_log WHERE worker_id IS NOT NULL LIMIT 1')
      .pluck()
      .get() as number;
    const yearAgo = addDays(end, -365);
    const cases: [string, Partial<InputOf<'audit.list'>>][] = [
      ['everything', {}],
      ['one worker', { workerId: worker }],
      ['"Training recorded"', { action: 'training.record' }],
      ['supervision records', { entity: 'supervision_session' }],
      ['the past year', { from: yearAgo, to: end }],
      ['"Training recorded" in the past year', { action: 'training.record', from: yearAgo, to: end }],
      ['all four together', { workerId: worker, action: 'training.record', entity: 'training_record', from, to: end }],
    ];
    for (const [what, filters] of cases) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        const page = await backend.call('audit.list', { ...filters, limit: 200, offset: 0 });
        times.push(performance.now() - started);
        if (!page.ok) throw new Error(page.error.message);
        total = page.value.total;
      }
      lines.push(
        `audit log filtered by ${what}: first 200 of ${total.toLocaleString('en-GB')} in ${median(times).toFixed(1)} ms`,
      );
    }
    for (const [what, filters] of [
      ['"Training recorded" in the past year', cases[5]?.[1] ?? {}],
      ['the whole log', {}],
    ] as const) {
      const started = performance.now();
      const csv = await backend.call('audit.csv', filters);
      if (!csv.ok) throw new Error(csv.error.message);
      const rows = csv.value.text.split('\r\n').length - 2;
      lines.push(
        `audit log CSV of ${what}: ${rows.toLocaleString('en-GB')} rows, ${(csv.value.text.length / 1e6).toFixed(1)} MB in ${(performance.now() - started).toFixed(0)} ms`,
      );
    }
    return lines;
  } finally {
    backend.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
}
