import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

/**
 * What a data folder holds, in a form that compares cheaply: a hash per table of its rows (sorted, so the order
 * SQLite happens to return them in does not matter), one of the schema itself, and each evidence file's size.
 * Equal before and after a call means the call changed nothing.
 */
export interface StateFingerprint {
  tables: Map<string, string>;
  evidence: Map<string, number>;
}

const SCHEMA = 'the schema (sqlite_schema)';

export function fingerprint(db: Database, dataDir: string): StateFingerprint {
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
  const tables = new Map<string, string>();
  for (const name of names as string[]) tables.set(name, hashOfRows(db, `SELECT * FROM "${name}"`));
  tables.set(SCHEMA, hashOfRows(db, 'SELECT type, name, tbl_name, sql FROM sqlite_schema'));
  return { tables, evidence: evidenceFiles(path.join(dataDir, 'evidence')) };
}

function hashOfRows(db: Database, query: string): string {
  const rows = (db.prepare(query).raw().all() as unknown[][]).map((row) => JSON.stringify(row)).sort();
  return createHash('sha256').update(rows.join('\n')).digest('hex');
}

/** Every file under the evidence folder (temporary files too), by its path there, with its size. */
function evidenceFiles(folder: string): Map<string, number> {
  const files = new Map<string, number>();
  if (!fs.existsSync(folder)) return files;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), fs.statSync(file).size);
  }
  return files;
}

/** What differs between two fingerprints: tables by name, evidence files as `evidence/<path>`. */
export function differences(before: StateFingerprint, after: StateFingerprint): string[] {
  const changed = (a: Map<string, unknown>, b: Map<string, unknown>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key));
  return [
    ...changed(before.tables, after.tables),
    ...changed(before.evidence, after.evidence).map((file) => `evidence/${file}`),
  ];
}
