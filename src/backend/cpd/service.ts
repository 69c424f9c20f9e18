import type { z } from 'zod';
import type { CpdEntry, CpdLog } from '../../shared/domain/cpd.ts';
import type { cpdAddInput, cpdEvidence, cpdFields, cpdUpdateInput } from '../../shared/schemas/cpd.ts';
import { recordAudit } from '../audit/record.ts';
import { requireCompetencies } from '../competencies/frameworks.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction, today } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import { requirePlausibleDates } from '../plausible.ts';
import { findWorker } from '../staff/queries.ts';
import { CPD_CATALOGUE, cpdKinds, kindLabel } from './catalogue.ts';
import type { StoredFile } from './evidence.ts';
import { evidenceFileIdOf, storeCpdEvidence } from './evidence.ts';
import * as q from './queries.ts';
import { suggestionsFor } from './suggestions.ts';

type Fields = z.output<typeof cpdFields>;
type Evidence = z.output<typeof cpdEvidence>;

function workerOf(ctx: Ctx, workerId: number) {
  const worker = findWorker(ctx.db, workerId);
  if (!worker) throw notFound('worker', workerId);
  return worker;
}

function entryOf(ctx: Ctx, id: number): CpdEntry {
  const entry = q.findEntry(ctx.db, id);
  if (!entry) throw notFound('CPD entry', id);
  return entry;
}

/** A person's CPD log, with the kinds to choose from and the events they may log in one click. */
export function cpdLog(ctx: Ctx, workerId: number): CpdLog {
  const worker = workerOf(ctx, workerId);
  const logged = q.loggedEventKeys(ctx.db, workerId);
  return {
    entries: q.entriesOfWorker(ctx.db, workerId),
    kinds: cpdKinds(),
    suggestions: suggestionsFor(worker, logged, today(ctx)),
  };
}

/** Everything about the fields that zod cannot know: the kind is listed, the date happened, competencies exist. */
function checkFields(ctx: Ctx, role: Parameters<typeof requireCompetencies>[1], fields: Fields): void {
  if (!CPD_CATALOGUE.kinds.some((k) => k.id === fields.kind))
    throw invalidField('kind', 'Choose a kind of CPD from the list');
  requirePlausibleDates(ctx, [{ field: 'date', date: fields.date, kind: 'past', what: 'date' }]);
  requireCompetencies(ctx, role, 'competencyIds', fields.competencyIds);
}

const rowOf = (fields: Fields, file: { id: number; name: string } | null) => ({
  date: fields.date,
  kind: fields.kind,
  title: fields.title,
  minutes: Math.round(fields.hours * 60),
  learned: fields.learned,
  practiceChange: fields.practiceChange,
  competencies: JSON.stringify([...new Set(fields.competencyIds)]),
  evidenceFileId: file?.id ?? null,
  evidenceName: file?.name ?? null,
});

const stored = (ctx: Ctx, upload: StoredFile | null) =>
  upload && { id: evidenceFileIdOf(ctx, upload), name: upload.originalName };

const newUpload = (ctx: Ctx, evidence: Evidence): StoredFile | null =>
  evidence !== null && evidence !== 'keep' ? storeCpdEvidence(ctx, evidence) : null;

function insertAudited(ctx: Ctx, workerId: number, row: Omit<q.CpdRow, 'workerId'>, name: string): CpdEntry {
  const id = q.insertEntry(ctx.db, { ...row, workerId }, ctx.now().toISOString(), actor(ctx));
  const entry = q.findEntry(ctx.db, id) as CpdEntry;
  recordAudit(ctx, {
    action: 'cpd.add',
    entity: 'cpd_entry',
    entityId: id,
    workerId,
    summary: `Logged ${kindLabel(entry.kind).toLowerCase()} "${entry.title}" on ${entry.date} for ${name}`,
    after: entry,
  });
  return entry;
}

export function addEntry(ctx: Ctx, { workerId, fields, evidence }: z.output<typeof cpdAddInput>): CpdEntry {
  const worker = workerOf(ctx, workerId);
  if (evidence === 'keep') throw invalidField('evidence', 'A new entry has no file to keep: attach one or none');
  checkFields(ctx, worker.role, fields);
  const upload = newUpload(ctx, evidence);
  return inTransaction(ctx, () =>
    insertAudited(ctx, workerId, { ...rowOf(fields, stored(ctx, upload)), eventKey: null }, worker.name),
  );
}

export function updateEntry(ctx: Ctx, { id, fields, evidence }: z.output<typeof cpdUpdateInput>): CpdEntry {
  const before = entryOf(ctx, id);
  const worker = workerOf(ctx, before.workerId);
  checkFields(ctx, worker.role, fields);
  const upload = newUpload(ctx, evidence);
  return inTransaction(ctx, () => {
    const kept = before.evidence && { id: before.evidence.fileId, name: before.evidence.originalName };
    // An entry moved to another day or kind is no longer that event: it is offered again, to be logged as held.
    const sameEvent = fields.date === before.date && fields.kind === before.kind;
    const eventKey = sameEvent ? before.eventKey : null;
    q.updateEntry(ctx.db, id, { ...rowOf(fields, evidence === 'keep' ? kept : stored(ctx, upload)), eventKey });
    const after = q.findEntry(ctx.db, id) as CpdEntry;
    recordAudit(ctx, {
      action: 'cpd.update',
      entity: 'cpd_entry',
      entityId: id,
      workerId: worker.id,
      summary: `Changed the CPD entry "${after.title}" of ${after.date} for ${worker.name}`,
      before,
      after,
    });
    return after;
  });
}

export function removeEntry(ctx: Ctx, id: number): void {
  inTransaction(ctx, () => {
    const entry = entryOf(ctx, id);
    const worker = workerOf(ctx, entry.workerId);
    q.deleteEntry(ctx.db, id);
    recordAudit(ctx, {
      action: 'cpd.remove',
      entity: 'cpd_entry',
      entityId: id,
      workerId: worker.id,
      summary: `Removed the CPD entry "${entry.title}" of ${entry.date} for ${worker.name}`,
      before: entry,
    });
  });
}

/** Logs a suggested event as attended, in one click: only one the person is offered today. */
export function logSuggestion(ctx: Ctx, workerId: number, eventKey: string): CpdEntry {
  const worker = workerOf(ctx, workerId);
  return inTransaction(ctx, () => {
    const suggestion = suggestionsFor(worker, new Set(), today(ctx)).find((s) => s.eventKey === eventKey);
    if (!suggestion) throw invalidField('eventKey', 'That event is not one to log today: add it as an entry instead');
    if (q.loggedEventKeys(ctx.db, workerId).has(eventKey))
      throw conflict(`${suggestion.title} of ${suggestion.date} is already in the log`);
    const row = {
      date: suggestion.date,
      kind: suggestion.kind,
      title: `${suggestion.title} (${suggestion.organiser})`,
      minutes: Math.round(suggestion.hours * 60),
      learned: '',
      practiceChange: '',
      competencies: '[]',
      evidenceFileId: null,
      evidenceName: null,
      eventKey,
    };
    return insertAudited(ctx, workerId, row, worker.name);
  });
}
