import type { Database } from 'better-sqlite3';
import type { Requirement } from '../../shared/domain/requirements.ts';
import { sql } from '../db/statements.ts';

interface StoredRequirement {
  id: string;
  title: string;
  shortTitle: string;
  kind: Requirement['kind'];
  roles: string;
  due: string;
  renewalMonths: number | null;
  evidence: string;
  check: Requirement['check'];
  metBy: Requirement['metBy'];
  sessionKind: string;
  cpd: string | null;
  blocksClaim: 0 | 1;
  source: string;
  origin: Requirement['origin'];
  catalogueVersion: number | null;
  appliesFrom: string;
  retiredOn: string | null;
  position: number;
}

const columns = `id, title, short_title AS shortTitle, kind, roles, due, renewal_months AS renewalMonths, evidence, check_kind AS "check", met_by AS metBy, session_kind AS sessionKind, cpd,
  blocks_claim AS blocksClaim, source, origin, catalogue_version AS catalogueVersion, applies_from AS appliesFrom,
  retired_on AS retiredOn, position`;

const toRequirement = (r: StoredRequirement): Requirement => ({
  ...r,
  roles: JSON.parse(r.roles) as Requirement['roles'],
  due: JSON.parse(r.due) as Requirement['due'],
  cpd: r.cpd === null ? null : (JSON.parse(r.cpd) as Requirement['cpd']),
  blocksClaim: r.blocksClaim === 1,
});

export function listRequirements(db: Database): Requirement[] {
  return (sql(db, `SELECT ${columns} FROM requirement ORDER BY position, id`).all() as StoredRequirement[]).map(
    toRequirement,
  );
}

export function findRequirement(db: Database, id: string): Requirement | undefined {
  const row = sql(db, `SELECT ${columns} FROM requirement WHERE id = ?`).get(id) as StoredRequirement | undefined;
  return row && toRequirement(row);
}

export function countRequirements(db: Database): number {
  return (sql(db, 'SELECT count(*) AS n FROM requirement').get() as { n: number }).n;
}

export function nextPosition(db: Database): number {
  return (sql(db, 'SELECT coalesce(max(position), 0) + 1 AS p FROM requirement').get() as { p: number }).p;
}

const params = (r: Requirement) => ({
  ...r,
  roles: JSON.stringify(r.roles),
  due: JSON.stringify(r.due),
  cpd: r.cpd ? JSON.stringify(r.cpd) : null,
  blocksClaim: r.blocksClaim ? 1 : 0,
});

export function insertRequirement(db: Database, r: Requirement): void {
  sql(
    db,
    `INSERT INTO requirement (id, title, short_title, kind, roles, due, renewal_months, evidence, check_kind, met_by, session_kind, cpd, blocks_claim, source,
                              origin, catalogue_version, applies_from, retired_on, position)
     VALUES (@id, @title, @shortTitle, @kind, @roles, @due, @renewalMonths, @evidence, @check, @metBy, @sessionKind, @cpd, @blocksClaim, @source,
             @origin, @catalogueVersion, @appliesFrom, @retiredOn, @position)`,
  ).run(params(r));
}

export function updateRequirement(db: Database, r: Requirement): void {
  sql(
    db,
    `UPDATE requirement SET title = @title, short_title = @shortTitle, kind = @kind, roles = @roles, due = @due, renewal_months = @renewalMonths,
       evidence = @evidence, check_kind = @check, met_by = @metBy, session_kind = @sessionKind, cpd = @cpd, blocks_claim = @blocksClaim, source = @source, origin = @origin,
       catalogue_version = @catalogueVersion, applies_from = @appliesFrom, retired_on = @retiredOn, position = @position
     WHERE id = @id`,
  ).run(params(r));
}
