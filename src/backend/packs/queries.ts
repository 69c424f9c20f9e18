import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';

/** A stored evidence file as the pack needs it: where its content lives and the fingerprint it must still have. */
export interface StoredEvidence {
  fileId: number;
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  storedName: string;
}

/** The stored files with these ids (the certificates of a person's records in force), by id. */
export function storedEvidence(db: Database, fileIds: readonly number[]): Map<number, StoredEvidence> {
  if (fileIds.length === 0) return new Map();
  const rows = sql(
    db,
    `SELECT id AS fileId, sha256, media_type AS mediaType, size_bytes AS sizeBytes, stored_name AS storedName
     FROM evidence_file WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(fileIds)) as StoredEvidence[];
  return new Map(rows.map((row) => [row.fileId, row]));
}
