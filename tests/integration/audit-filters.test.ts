import fs from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { recordAudit } from '../../src/backend/audit/record.ts';
import { inTransaction } from '../../src/backend/context.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import type { AuditEntry } from '../../src/shared/domain/audit.ts';
import { actionLabel, recordLabel } from '../../src/shared/domain/audit-kinds.ts';
import { formatUkDateTime } from '../../src/shared/rules/dates.ts';
import { accountFor } from '../support/accounts.ts';
import type { AuditHistory } from '../support/audit-history.ts';
import { historyClock, writeAuditHistory } from '../support/audit-history.ts';
import { ok, tempDir, testBackend } from '../support/backend.ts';

type Filters = Partial<InputOf<'audit.csv'>>;

let backend: Backend;
let dir: string;
let history: AuditHistory;

beforeAll(async () => {
  dir = tempDir('linkwork-audit-');
  const clock = historyClock();
  backend = createBackend({ dataDir: dir, now: clock.now, osUser: 'tester' });
  history = await writeAuditHistory(backend, clock);
  return () => {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
});

/** Every entry the filters match, read a page of 1,000 at a time. */
async function listed(filters: Filters = {}): Promise<{ entries: AuditEntry[]; total: number }> {
  return ok(backend, 'audit.list', { ...filters, limit: 1000, offset: 0 });
}

const everything = () => listed().then((l) => l.entries);

describe('the audit log’s filters, applied by the backend', () => {
  it('by worker: only entries about that worker', async () => {
    const { entries, total } = await listed({ workerId: history.kwame });
    expect(total).toBe(entries.length);
    expect(entries.map((e) => e.action)).toEqual([
      'training.record',
      'training.record',
      'worker.update',
      'worker.create',
    ]);
    expect(entries.every((e) => e.workerId === history.kwame)).toBe(true);
  });

  it('by action: only that kind of change', async () => {
    const { entries } = await listed({ action: 'training.record' });
    expect(entries).toHaveLength(4);
    expect(entries.every((e) => e.action === 'training.record')).toBe(true);
    expect((await listed({ action: 'pay.save' })).entries.map((e) => e.summary)).toEqual([
      'Recorded pay for Florence Ndlovu from 01/11/2026',
    ]);
  });

  it('by kind of record: only entries about such records', async () => {
    const { entries } = await listed({ entity: 'worker' });
    expect(entries.map((e) => e.action)).toEqual(['worker.update', 'worker.create', 'worker.create']);
  });

  it('by dates: whole UK days, from the first to the last, in summer time as in winter', async () => {
    const all = await everything();
    const june15 = await listed({ from: '2026-06-15', to: '2026-06-15' });
    expect(june15.entries.map((e) => [e.action, e.at])).toEqual([['training.record', '2026-06-15T22:30:00.000Z']]);
    const june16 = await listed({ from: '2026-06-16', to: '2026-06-16' });
    expect(june16.entries.map((e) => [e.action, e.at])).toEqual([['training.exempt', '2026-06-15T23:30:00.000Z']]);

    const fromMarch = await listed({ from: '2026-03-02' });
    expect(fromMarch.entries).toEqual(all.filter((e) => e.at >= '2026-03-02'));
    const toMarch = await listed({ to: '2026-03-02' });
    expect(toMarch.entries).toEqual(all.filter((e) => e.at < '2026-03-03'));
    expect(fromMarch.total + toMarch.total).toBe(all.length + 2); // the two entries of 02/03 are in both
    expect((await listed({ from: '2026-06-17', to: '2026-10-25' })).total).toBe(0);
  });

  it('combined: all of them apply at once', async () => {
    const all = await everything();
    const { entries, total } = await listed({
      workerId: history.florence,
      action: 'training.record',
      entity: 'training_record',
      from: '2026-06-01',
      to: '2026-12-31',
    });
    expect(total).toBe(1);
    expect(entries).toEqual(
      all.filter((e) => e.workerId === history.florence && e.action === 'training.record' && e.at >= '2026-06'),
    );
    expect(entries[0]?.summary).toBe(
      'Recorded Data security awareness (information governance) as completed for Florence Ndlovu',
    );
    expect((await listed({ action: 'training.record', entity: 'worker' })).total).toBe(0);
  });

  it('pages: newest first, each page the next of the same total, together every entry once', async () => {
    const all = await everything();
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    const pages: AuditEntry[] = [];
    for (let offset = 0; offset < all.length; offset += 3) {
      const page = await ok(backend, 'audit.list', { limit: 3, offset });
      expect(page.total).toBe(all.length);
      pages.push(...page.entries);
    }
    expect(pages).toEqual(all);
    const filteredPage = await ok(backend, 'audit.list', { action: 'training.record', limit: 3, offset: 3 });
    expect(filteredPage).toMatchObject({ total: 4, entries: [{ action: 'training.record' }] });
  });

  it('keep the order written, and find an entry by its date, when the clock went back', async () => {
    const log = testBackend();
    const write = (at: string, summary: string) =>
      inTransaction(log.ctx, () =>
        recordAudit(
          { ...log.ctx, now: () => new Date(at) },
          { action: 'settings.update', entity: 'setting', entityId: null, summary },
        ),
      );
    write('2026-11-20T09:00:00Z', 'Written on 20/11');
    write('2026-02-10T09:00:00Z', 'Written after it, with the clock set back to 10/02');
    write('2026-11-21T09:00:00Z', 'Written on 21/11');
    const summaries = async (filters: Filters) =>
      (await ok(log, 'audit.list', { action: 'settings.update', ...filters, limit: 10, offset: 0 })).entries.map(
        (e) => e.summary,
      );
    expect(await summaries({})).toEqual([
      'Written on 21/11',
      'Written after it, with the clock set back to 10/02',
      'Written on 20/11',
    ]);
    expect(await summaries({ from: '2026-02-10', to: '2026-02-10' })).toEqual([
      'Written after it, with the clock set back to 10/02',
    ]);
    expect(await summaries({ from: '2026-11-01' })).toEqual(['Written on 21/11', 'Written on 20/11']);
    // Counted from the days alone (the file was opened on 24/11, which wrote entries too).
    expect((await ok(log, 'audit.list', { from: '2026-11-01', to: '2026-11-21', limit: 10, offset: 0 })).total).toBe(2);
  });

  it('refuse an action, a kind of record or dates they do not know, naming the field', async () => {
    const refusal = async (input: unknown) => {
      const answer = await backend.call('audit.list', input as InputOf<'audit.list'>);
      return answer.ok ? null : { code: answer.error.code, fields: Object.keys(answer.error.details?.fields ?? {}) };
    };
    expect(await refusal({ action: 'training.delete' })).toEqual({ code: 'VALIDATION', fields: ['action'] });
    expect(await refusal({ entity: 'patient' })).toEqual({ code: 'VALIDATION', fields: ['entity'] });
    expect(await refusal({ from: '31/02/2026' })).toEqual({ code: 'VALIDATION', fields: ['from'] });
    expect(await refusal({ from: '2026-06-01', to: '2026-05-31' })).toEqual({ code: 'VALIDATION', fields: ['to'] });
    const csv = await backend.call('audit.csv', { action: 'worker.delete' } as unknown as InputOf<'audit.csv'>);
    expect(csv.ok ? null : csv.error).toMatchObject({ code: 'VALIDATION', message: 'Choose an action from the list' });
  });
});

describe('the audit log as CSV', () => {
  const csvRows = (text: string) => {
    expect(text.startsWith('\ufeff')).toBe(true);
    return Papa.parse<string[]>(text.slice(1).trim()).data;
  };

  it('holds exactly the filtered entries, in the order and words the page shows', async () => {
    for (const filters of [
      {},
      { workerId: history.florence },
      { action: 'training.record' },
      { entity: 'training_record', from: '2026-06-01' },
    ] satisfies Filters[]) {
      const { entries } = await listed(filters);
      const [header, ...rows] = csvRows((await ok(backend, 'audit.csv', filters)).text);
      expect(header).toEqual(['When', 'Who', 'Action', 'Record', 'Worker', 'What happened', 'Changes']);
      expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[5]])).toEqual(
        entries.map((e) => [formatUkDateTime(e.at), e.actor, actionLabel(e.action), recordLabel(e.entity), e.summary]),
      );
    }
  });

  it('names the worker and says each change in words', async () => {
    const [, row] = csvRows(
      (await ok(backend, 'audit.csv', { workerId: history.kwame, action: 'worker.update' })).text,
    );
    expect(row).toEqual([
      '02/03/2026 11:00',
      'tester',
      'Worker details changed',
      'Worker',
      'Kwame Mensah',
      'Changed hours a week for worker Kwame Mensah',
      'hours a week: 30 → 22.5',
    ]);
  });

  it('is named by its filters', async () => {
    const name = async (filters: Filters) => (await ok(backend, 'audit.csv', filters)).fileName;
    expect(await name({})).toBe('audit-log-all-entries.csv');
    expect(
      await name({ workerId: history.kwame, action: 'training.record', from: '2026-06-01', to: '2026-06-30' }),
    ).toBe('audit-log-kwame-mensah-training-recorded-from-2026-06-01-to-2026-06-30.csv');
    expect(await name({ entity: 'supervision_session' })).toBe('audit-log-supervision-records.csv');
  });
});

describe('the audit log’s words', () => {
  it('reads an entry an earlier version wrote with codes in words, and keeps its stored text', async () => {
    const old = testBackend();
    inTransaction(old.ctx, () =>
      recordAudit(old.ctx, {
        action: 'rate.save',
        entity: 'arrs_rate',
        entityId: null,
        summary: 'Set the 2024/25 maximum for hwbc from 2024-04-01',
        after: { role: 'hwbc', annualMaxPence: 3_800_000 },
      }),
    );
    const [entry] = (await ok(old, 'audit.list', { limit: 1, offset: 0 })).entries;
    expect(entry?.summary).toBe('Set the 2024/25 maximum for health and wellbeing coach from 01/04/2024');
    expect(entry?.changes).toEqual([
      { field: 'role', before: null, after: 'Health and wellbeing coach' },
      { field: 'annual maximum', before: null, after: '£38,000.00' },
    ]);
    expect(old.ctx.db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toBe(
      'Set the 2024/25 maximum for hwbc from 2024-04-01',
    );
  });
});

describe('the audit log in team mode', () => {
  it('gives a supervisor, filtering, nothing beyond the history of their own supervisees', async () => {
    const supervisor = await accountFor(backend, { kind: 'colleague', id: 1 }, 'asha.patel@nhs.net');
    const asSupervisor = (input: InputOf<'audit.list'>) => backend.callAs(supervisor.caller, 'audit.list', input);
    const trainings = await asSupervisor({ action: 'training.record', limit: 100, offset: 0 });
    expect(trainings.ok && trainings.value.entries.map((e) => e.workerId)).toEqual([
      history.florence,
      history.florence,
    ]);
    // Pay about their supervisee is the PCN's, not theirs; another worker's history is refused.
    expect(await asSupervisor({ action: 'pay.save', limit: 100, offset: 0 })).toMatchObject({
      ok: true,
      value: { entries: [], total: 0 },
    });
    expect(await asSupervisor({ workerId: history.kwame, limit: 100, offset: 0 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await backend.callAs(supervisor.caller, 'audit.csv', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
