import type { Database } from 'better-sqlite3';
import type { Colleague, Employer, Pcn, Practice } from '../../shared/domain/pcn.ts';
import { sql } from '../db/statements.ts';

export function readPcn(db: Database): Pcn | null {
  const row = sql(db, 'SELECT name, ods_code AS odsCode, full_time_hours AS fullTimeHours FROM pcn WHERE id = 1').get();
  return (row as Pcn | undefined) ?? null;
}

export function writePcn(db: Database, pcn: Pcn): void {
  sql(
    db,
    `INSERT INTO pcn (id, name, ods_code, full_time_hours) VALUES (1, @name, @odsCode, @fullTimeHours)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, ods_code = excluded.ods_code, full_time_hours = excluded.full_time_hours`,
  ).run(pcn);
}

export function listPractices(db: Database): Practice[] {
  return sql(db, 'SELECT id, name, ods_code AS odsCode FROM practice ORDER BY name').all() as Practice[];
}

export function findPractice(db: Database, id: number): Practice | undefined {
  return sql(db, 'SELECT id, name, ods_code AS odsCode FROM practice WHERE id = ?').get(id) as Practice | undefined;
}

export function practiceIdByOdsCode(db: Database, odsCode: string): number | undefined {
  const row = sql(db, 'SELECT id FROM practice WHERE ods_code = ?').get(odsCode) as { id: number } | undefined;
  return row?.id;
}

export function insertPractice(db: Database, p: Omit<Practice, 'id'>): number {
  return Number(sql(db, 'INSERT INTO practice (name, ods_code) VALUES (@name, @odsCode)').run(p).lastInsertRowid);
}

export function updatePractice(db: Database, p: Practice): void {
  sql(db, 'UPDATE practice SET name = @name, ods_code = @odsCode WHERE id = @id').run(p);
}

export function listEmployers(db: Database): Employer[] {
  return sql(db, 'SELECT id, name, kind FROM employer ORDER BY name').all() as Employer[];
}

export function findEmployer(db: Database, id: number): Employer | undefined {
  return sql(db, 'SELECT id, name, kind FROM employer WHERE id = ?').get(id) as Employer | undefined;
}

export function employerIdByName(db: Database, name: string): number | undefined {
  const row = sql(db, 'SELECT id FROM employer WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
  return row?.id;
}

export function insertEmployer(db: Database, e: Omit<Employer, 'id'>): number {
  return Number(sql(db, 'INSERT INTO employer (name, kind) VALUES (@name, @kind)').run(e).lastInsertRowid);
}

export function updateEmployer(db: Database, e: Employer): void {
  sql(db, 'UPDATE employer SET name = @name, kind = @kind WHERE id = @id').run(e);
}

const colleagueColumns = 'id, name, job_title AS jobTitle, practice_id AS practiceId';

export function listColleagues(db: Database): Colleague[] {
  return sql(db, `SELECT ${colleagueColumns} FROM colleague ORDER BY name`).all() as Colleague[];
}

export function findColleague(db: Database, id: number): Colleague | undefined {
  return sql(db, `SELECT ${colleagueColumns} FROM colleague WHERE id = ?`).get(id) as Colleague | undefined;
}

export function insertColleague(db: Database, c: Omit<Colleague, 'id'>): number {
  return Number(
    sql(db, 'INSERT INTO colleague (name, job_title, practice_id) VALUES (@name, @jobTitle, @practiceId)').run(c)
      .lastInsertRowid,
  );
}

export function updateColleague(db: Database, c: Colleague): void {
  sql(db, 'UPDATE colleague SET name = @name, job_title = @jobTitle, practice_id = @practiceId WHERE id = @id').run(c);
}
