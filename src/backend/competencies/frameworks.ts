import careCoordinatorOutline from '../../../resources/catalogue/competencies-care-coordinator.json' with { type: 'json' };
import hwbcOutline from '../../../resources/catalogue/competencies-hwbc.json' with { type: 'json' };
import splwOutline from '../../../resources/catalogue/competencies-splw.json' with { type: 'json' };
import type { FrameworkDocument, FrameworkSummary } from '../../shared/domain/competencies.ts';
import type { Role } from '../../shared/domain/staff.ts';
import { competencyCount } from '../../shared/rules/competencies.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError, invalidField, notFound } from '../errors.ts';
import { frameworkToCsv, parseFrameworkCsv, parseFrameworkJson } from './framework-file.ts';
import * as q from './queries.ts';

/** The outlines Linkwork ships, one per role, in its own words until the PCN imports the official text. */
const BUILT_IN_OUTLINES = [splwOutline, careCoordinatorOutline, hwbcOutline];
const OUTLINE_IDS = new Set(BUILT_IN_OUTLINES.map((f) => f.id));

/** The newest version of every framework, those the PCN imported before the built-in outlines. */
function frameworksInForceOrder(ctx: Ctx): ReturnType<typeof q.latestFrameworks> {
  const frameworks = q.latestFrameworks(ctx.db);
  return [...frameworks.filter((f) => !OUTLINE_IDS.has(f.id)), ...frameworks.filter((f) => OUTLINE_IDS.has(f.id))];
}

/** The outlines a database lacks: each not yet installed, for a role no framework already covers. */
function missingOutlines(ctx: Ctx): typeof BUILT_IN_OUTLINES {
  const present = q.latestFrameworks(ctx.db);
  return BUILT_IN_OUTLINES.filter(
    (outline) => !present.some((f) => f.id === outline.id || f.roles.some((role) => outline.roles.includes(role))),
  );
}

/**
 * Installs each built-in outline a database lacks, in a new database and in one opened from before an outline
 * shipped; a framework the PCN imported for that role stays the one in force, and no outline is added beside it.
 */
export function ensureBuiltInFrameworks(ctx: Ctx): void {
  if (missingOutlines(ctx).length === 0) return;
  inTransaction(ctx, () => {
    for (const outline of missingOutlines(ctx)) {
      const parsed = parseFrameworkJson(JSON.stringify(outline));
      if (!parsed.ok) throw new Error(`The built-in framework is invalid: ${parsed.errors.join('; ')}`);
      q.insertFrameworkVersion(ctx.db, parsed.framework, ctx.now().toISOString());
      recordAudit(ctx, {
        action: 'framework.install',
        entity: 'framework',
        entityId: null,
        summary: `Installed the built-in framework: ${parsed.framework.title}`,
      });
    }
  });
}

/** Imported frameworks first, so the first naming a role is the one in force for it (as frameworkForRole says). */
export function listFrameworks(ctx: Ctx): FrameworkSummary[] {
  return frameworksInForceOrder(ctx).map((f) => ({
    id: f.id,
    version: f.version,
    title: f.title,
    roles: f.roles,
    competencies: competencyCount(f),
    loadedAt: f.loadedAt,
  }));
}

export function latestFramework(ctx: Ctx, id: string): FrameworkDocument {
  const framework = q.latestFrameworks(ctx.db).find((f) => f.id === id);
  if (!framework) throw notFound('framework', id);
  const { loadedAt: _l, ...doc } = framework;
  return doc;
}

/**
 * The framework in force for a role: the newest version of the first framework naming it, one the PCN imported
 * coming before a built-in outline, so importing the official text replaces the outline for new assessments.
 */
export function frameworkForRole(ctx: Ctx, role: Role): FrameworkDocument | null {
  const match = frameworksInForceOrder(ctx).find((f) => f.roles.includes(role));
  if (!match) return null;
  const { loadedAt: _l, ...doc } = match;
  return doc;
}

/** Ids that name competencies must be in the framework in force for the role; one that is not is refused, naming the field. */
export function requireCompetencies(ctx: Ctx, role: Role, field: string, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const framework = frameworkForRole(ctx, role);
  if (!framework) throw invalidField(field, 'No competency framework covers this role yet: add one in Settings');
  const known = new Set(framework.areas.flatMap((a) => a.competencies.map((c) => c.id)));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw invalidField(field, `"${unknown}" is not a competency in ${framework.title}`);
}

/** Stores a framework as a new version; assessments made on earlier versions keep theirs. */
function storeNewVersion(ctx: Ctx, doc: FrameworkDocument, summary: string): FrameworkDocument {
  const current = q.latestFrameworks(ctx.db).find((f) => f.id === doc.id);
  const stored = { ...doc, version: (current?.version ?? 0) + 1 };
  q.insertFrameworkVersion(ctx.db, stored, ctx.now().toISOString());
  recordAudit(ctx, {
    action: 'framework.version',
    entity: 'framework',
    entityId: null,
    summary: `${summary}: ${stored.title}, version ${stored.version}`,
  });
  return stored;
}

export interface FrameworkImport {
  format: 'json' | 'csv';
  text: string;
  /** For CSV: which framework the rows belong to, and its title and roles if it is new. */
  frameworkId?: string | undefined;
  title?: string | undefined;
  roles?: Role[] | undefined;
}

export function importFramework(ctx: Ctx, input: FrameworkImport): FrameworkDocument {
  return inTransaction(ctx, () => {
    let parsed;
    if (input.format === 'json') {
      parsed = parseFrameworkJson(input.text);
    } else {
      if (!input.frameworkId) throw invalidField('frameworkId', 'Say which framework the CSV rows belong to');
      const current = q.latestFrameworks(ctx.db).find((f) => f.id === input.frameworkId);
      parsed = parseFrameworkCsv(input.text, {
        id: input.frameworkId,
        version: (current?.version ?? 0) + 1,
        title: input.title ?? current?.title ?? '',
        roles: input.roles ?? current?.roles ?? [],
        knownAreas: new Map(current?.areas.map((a) => [a.id, a.title]) ?? []),
      });
    }
    if (!parsed.ok) {
      throw new DomainError('VALIDATION', `The framework was not imported: ${parsed.errors.length} problem(s) found`, {
        fields: { file: parsed.errors.join('\n') },
      });
    }
    return storeNewVersion(ctx, parsed.framework, 'Imported a framework');
  });
}

export function exportFramework(ctx: Ctx, id: string, format: 'json' | 'csv'): { fileName: string; text: string } {
  const doc = latestFramework(ctx, id);
  const base = `${doc.id}-v${doc.version}`;
  return format === 'json'
    ? { fileName: `${base}.json`, text: `${JSON.stringify(doc, null, 2)}\n` }
    : { fileName: `${base}.csv`, text: frameworkToCsv(doc) };
}

/** Edits one competency's wording by storing a new version of the framework. */
export function editCompetency(
  ctx: Ctx,
  input: { frameworkId: string; competencyId: string; title: string; description: string },
): FrameworkDocument {
  return inTransaction(ctx, () => {
    const doc = latestFramework(ctx, input.frameworkId);
    let found = false;
    const areas = doc.areas.map((area) => ({
      ...area,
      competencies: area.competencies.map((c) => {
        if (c.id !== input.competencyId) return c;
        found = true;
        return { ...c, title: input.title, description: input.description };
      }),
    }));
    if (!found) throw invalidField('competencyId', 'That competency is not in the framework');
    return storeNewVersion(ctx, { ...doc, areas }, `Edited ${input.competencyId}`);
  });
}
