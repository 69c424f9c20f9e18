import updateToVersion2 from '../../../resources/catalogue/requirements-v2-changes.json' with { type: 'json' };
import type { CatalogueChange, CatalogueUpdateNotice } from '../../shared/domain/catalogue-update.ts';
import type { CatalogueFile, Requirement } from '../../shared/domain/requirements.ts';
import { requirementFields } from '../../shared/schemas/requirements.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import * as q from './queries.ts';
import * as updates from './update-queries.ts';

interface UpdateFile {
  version: number;
  changes: { id: string; says: string; was: unknown }[];
}

/** The corrections each built-in version after the first makes to the one before, oldest first. */
const UPDATES: readonly UpdateFile[] = [updateToVersion2];

/** A database from before updates were recorded holds the first built-in version. */
const FIRST_VERSION = 1;

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Whether the PCN has left a requirement as the catalogue shipped it: every field the catalogue sets still says
 * what the earlier version said. Anything else (edited in Settings, or changed by importing a catalogue of their
 * own) is the PCN's, and an update leaves it alone.
 */
function asShipped(requirement: Requirement, was: unknown): boolean {
  const shipped = requirementFields.parse(was);
  return (
    requirement.origin === 'catalogue' &&
    (Object.keys(shipped) as (keyof typeof shipped)[]).every((key) => sameValue(requirement[key], shipped[key]))
  );
}

function applyUpdate(ctx: Ctx, update: UpdateFile, catalogue: CatalogueFile): CatalogueChange[] {
  const shippedNow = new Map(catalogue.requirements.map((r) => [r.id, r]));
  return update.changes.map(({ id, says, was }) => {
    const existing = q.findRequirement(ctx.db, id);
    const corrected = shippedNow.get(id);
    if (!existing || !corrected) return { requirementId: id, says, outcome: 'not_in_catalogue' };
    if (!asShipped(existing, was)) return { requirementId: id, says, outcome: 'kept_local_edit' };
    q.updateRequirement(ctx.db, { ...existing, ...corrected, catalogueVersion: catalogue.version });
    return { requirementId: id, says, outcome: 'applied' };
  });
}

/** Records that a fresh database took the shipped catalogue whole: there is nothing to tell the lead. */
export function recordFreshInstall(ctx: Ctx, version: number): void {
  updates.recordUpdate(ctx.db, version, ctx.now().toISOString(), []);
}

/** True when the database has requirements from a built-in version older than the one shipped. */
export function needsUpdate(ctx: Ctx, catalogue: CatalogueFile): boolean {
  return q.countRequirements(ctx.db) > 0 && (updates.takenVersion(ctx.db) ?? FIRST_VERSION) < catalogue.version;
}

/**
 * Brings a database that took an older built-in catalogue up to the shipped one, one version at a time, in the
 * caller's transaction; each version's outcome is kept for the lead's notice and audited.
 */
export function updateBuiltInCatalogue(ctx: Ctx, catalogue: CatalogueFile): void {
  const taken = updates.takenVersion(ctx.db) ?? FIRST_VERSION;
  for (const update of UPDATES) {
    if (update.version <= taken || update.version > catalogue.version) continue;
    const changes = applyUpdate(ctx, update, catalogue);
    updates.recordUpdate(ctx.db, update.version, ctx.now().toISOString(), changes);
    const applied = changes.filter((c) => c.outcome === 'applied').length;
    recordAudit(ctx, {
      action: 'catalogue.update',
      entity: 'requirement',
      entityId: null,
      summary:
        `Updated the built-in requirements catalogue to version ${update.version}: ` +
        `${applied} of ${changes.length} corrections applied` +
        (applied < changes.length ? ", the PCN's own wording kept for the rest" : ''),
      after: changes,
    });
  }
}

export function catalogueUpdateNotice(ctx: Ctx): CatalogueUpdateNotice | null {
  return updates.undismissedUpdate(ctx.db);
}

/** Dismisses the notice up to `version`; dismissing one already dismissed (in another window, say) does nothing. */
export function dismissCatalogueUpdate(ctx: Ctx, version: number): void {
  inTransaction(ctx, () => {
    if (!updates.dismissUpdates(ctx.db, version, ctx.now().toISOString(), actor(ctx))) return;
    recordAudit(ctx, {
      action: 'catalogue.updateSeen',
      entity: 'requirement',
      entityId: null,
      summary: `Dismissed the notice of the requirements catalogue's update to version ${version}`,
    });
  });
}
