import builtIn from '../../../resources/catalogue/requirements.json' with { type: 'json' };
import type { CatalogueFile, Requirement, RequirementFields } from '../../shared/domain/requirements.ts';
import { recordAudit } from '../audit/record.ts';
import { changedFields } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction, today } from '../context.ts';
import { DomainError, invalidField, notFound } from '../errors.ts';
import { parseCatalogueFile } from './catalogue-file.ts';
import { needsUpdate, recordFreshInstall, updateBuiltInCatalogue } from './catalogue-update.ts';
import * as q from './queries.ts';

/** Built-in requirements apply from the beginning; anything added later applies from the day it is added. */
const FROM_THE_START = '2000-01-01';

export interface ImportSummary {
  added: string[];
  updated: string[];
  unchanged: number;
}

function applyCatalogue(ctx: Ctx, text: string, appliesFrom: string): ImportSummary {
  const parsed = parseCatalogueFile(text);
  if (!parsed.ok) {
    throw new DomainError('VALIDATION', `The catalogue was not imported: ${parsed.errors.length} problem(s) found`, {
      fields: { file: parsed.errors.join('\n') },
    });
  }
  const summary: ImportSummary = { added: [], updated: [], unchanged: 0 };
  let position = q.nextPosition(ctx.db);
  for (const fields of parsed.catalogue.requirements) {
    const existing = q.findRequirement(ctx.db, fields.id);
    if (!existing) {
      q.insertRequirement(ctx.db, {
        ...fields,
        origin: 'catalogue',
        catalogueVersion: parsed.catalogue.version,
        appliesFrom,
        retiredOn: null,
        position: position++,
      });
      summary.added.push(fields.id);
      continue;
    }
    const next: Requirement = {
      ...existing,
      ...fields,
      origin: 'catalogue',
      catalogueVersion: parsed.catalogue.version,
    };
    if (changedFields(existing, next).length === 0) {
      summary.unchanged++;
      continue;
    }
    q.updateRequirement(ctx.db, next);
    summary.updated.push(fields.id);
  }
  return summary;
}

function shippedCatalogue(): CatalogueFile {
  const parsed = parseCatalogueFile(JSON.stringify(builtIn));
  if (!parsed.ok) throw new Error(`The built-in catalogue is invalid: ${parsed.errors.join('; ')}`);
  return parsed.catalogue;
}

/**
 * Loads the shipped catalogue into an empty database; a database that took an older built-in version is brought
 * up to this one (catalogue-update.ts), keeping any requirement the PCN changed themselves.
 */
export function ensureBuiltInCatalogue(ctx: Ctx): void {
  const shipped = shippedCatalogue();
  if (q.countRequirements(ctx.db) > 0 && !needsUpdate(ctx, shipped)) return;
  inTransaction(ctx, () => {
    if (q.countRequirements(ctx.db) > 0) {
      if (needsUpdate(ctx, shipped)) updateBuiltInCatalogue(ctx, shipped);
      return;
    }
    const summary = applyCatalogue(ctx, JSON.stringify(builtIn), FROM_THE_START);
    recordFreshInstall(ctx, shipped.version);
    recordAudit(ctx, {
      action: 'catalogue.install',
      entity: 'requirement',
      entityId: null,
      summary: `Installed the built-in requirements catalogue, version ${shipped.version} (${summary.added.length} requirements)`,
    });
  });
}

/** Imports a catalogue file whole or not at all. New requirements apply from today. */
export function importCatalogue(ctx: Ctx, text: string): ImportSummary {
  return inTransaction(ctx, () => {
    const summary = applyCatalogue(ctx, text, today(ctx));
    recordAudit(ctx, {
      action: 'catalogue.import',
      entity: 'requirement',
      entityId: null,
      summary: `Imported a requirements catalogue: ${summary.added.length} added, ${summary.updated.length} changed, ${summary.unchanged} unchanged`,
      after: summary,
    });
    return summary;
  });
}

export function exportCatalogue(ctx: Ctx): string {
  const requirements = q
    .listRequirements(ctx.db)
    .filter((r) => r.retiredOn === null)
    .map(({ origin: _o, catalogueVersion: _v, appliesFrom: _a, retiredOn: _r, position: _p, ...fields }) => fields);
  const version = Math.max(1, ...q.listRequirements(ctx.db).map((r) => r.catalogueVersion ?? 1));
  return `${JSON.stringify({ catalogue: 'requirements', version, source: 'Exported from Linkwork', requirements }, null, 2)}\n`;
}

/** Adds a local requirement (applying from today) or edits an existing one; every change is audited. */
export function saveRequirement(ctx: Ctx, fields: RequirementFields, isNew: boolean): Requirement {
  return inTransaction(ctx, () => {
    const existing = q.findRequirement(ctx.db, fields.id);
    if (isNew) {
      if (existing) throw invalidField('id', `There is already a requirement with the id ${fields.id}`);
      const created: Requirement = {
        ...fields,
        origin: 'local',
        catalogueVersion: null,
        appliesFrom: today(ctx),
        retiredOn: null,
        position: q.nextPosition(ctx.db),
      };
      q.insertRequirement(ctx.db, created);
      recordAudit(ctx, {
        action: 'requirement.create',
        entity: 'requirement',
        entityId: null,
        summary: `Added the requirement ${fields.title}`,
        after: created,
      });
      return created;
    }
    if (!existing) throw notFound('requirement', fields.id);
    const updated: Requirement = { ...existing, ...fields };
    q.updateRequirement(ctx.db, updated);
    recordAudit(ctx, {
      action: 'requirement.update',
      entity: 'requirement',
      entityId: null,
      summary: `Changed the requirement ${fields.title}`,
      before: existing,
      after: updated,
    });
    return updated;
  });
}

export function setRetired(ctx: Ctx, id: string, retired: boolean): Requirement {
  return inTransaction(ctx, () => {
    const existing = q.findRequirement(ctx.db, id);
    if (!existing) throw notFound('requirement', id);
    const updated = { ...existing, retiredOn: retired ? today(ctx) : null };
    q.updateRequirement(ctx.db, updated);
    recordAudit(ctx, {
      action: retired ? 'requirement.retire' : 'requirement.restore',
      entity: 'requirement',
      entityId: null,
      summary: `${retired ? 'Retired' : 'Restored'} the requirement ${existing.title}`,
      before: existing,
      after: updated,
    });
    return updated;
  });
}
