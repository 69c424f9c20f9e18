import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { fieldLabel, listInWords } from '../../shared/domain/labels.ts';
import { notFound } from '../errors.ts';
import { changedFields, recordAudit } from './record.ts';

interface Entity {
  id: number;
  name: string;
}

interface Store<T extends Entity> {
  /** The kind of record in the audit log, e.g. "practice". */
  entity: string;
  /** What people call it, when not its kind: "supervisor or contact" for a colleague. */
  noun?: string;
  find(id: number): T | undefined;
  workerIdOf?(row: T): number | null;
}

/** Inserts a row and its audit entry in one transaction, returning the row as stored. */
export function createAudited<T extends Entity>(ctx: Ctx, store: Store<T>, insert: () => number): T {
  return inTransaction(ctx, () => {
    const created = store.find(insert());
    if (!created) throw new Error(`The new ${store.entity} could not be read back`);
    recordAudit(ctx, {
      action: `${store.entity}.create`,
      entity: store.entity,
      entityId: created.id,
      workerId: store.workerIdOf?.(created) ?? null,
      summary: `Added ${store.noun ?? store.entity} ${created.name}`,
      after: created,
    });
    return created;
  });
}

/** Updates a row and records what changed, in one transaction. Returns the row as stored. */
export function updateAudited<T extends Entity>(ctx: Ctx, store: Store<T>, id: number, update: (before: T) => void): T {
  return inTransaction(ctx, () => {
    const before = store.find(id);
    if (!before) throw notFound(store.entity, id);
    update(before);
    const after = store.find(id) as T;
    const changed = changedFields(before, after);
    if (changed.length > 0) {
      recordAudit(ctx, {
        action: `${store.entity}.update`,
        entity: store.entity,
        entityId: id,
        workerId: store.workerIdOf?.(after) ?? null,
        summary: `Changed ${listInWords(changed.map(fieldLabel))} for ${store.noun ?? store.entity} ${after.name}`,
        before,
        after,
      });
    }
    return after;
  });
}
