import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { EVIDENCE_FOLDER, filesUnder } from './files.ts';

/**
 * Left alone however unused: younger files may belong to an upload still under way in a Linkwork that does not
 * take the data folder's lock (a version from before it did).
 */
const LEFTOVER_MIN_AGE_MS = 5 * 60_000;

export interface EvidenceLeftovers {
  /** Files whose upload was cut short before they were whole (`*.tmp`). */
  unfinished: string[];
  /** Whole files no record refers to: the upload was cut short before its record was saved. */
  unreferenced: string[];
}

/**
 * On opening, before anything is served: removes what a killed upload leaves in `evidence/` (a file is written
 * before its record is saved), once a few minutes old. Never a file a row names: `evidence_file` is the only table
 * that names stored files.
 */
export function removeEvidenceLeftovers(db: Database, dataDir: string): EvidenceLeftovers {
  const now = Date.now();
  const referenced = new Set(
    (db.prepare('SELECT stored_name FROM evidence_file').pluck().all() as string[]).map((name) =>
      path.resolve(dataDir, name),
    ),
  );
  const removed: EvidenceLeftovers = { unfinished: [], unreferenced: [] };
  for (const file of filesUnder(path.join(dataDir, EVIDENCE_FOLDER))) {
    if (referenced.has(path.resolve(file)) || now - fs.statSync(file).mtimeMs < LEFTOVER_MIN_AGE_MS) continue;
    fs.rmSync(file, { force: true });
    (file.endsWith('.tmp') ? removed.unfinished : removed.unreferenced).push(path.relative(dataDir, file));
  }
  return removed;
}

/** The log's account of what was removed, one line for each kind; none when nothing was. */
export function describeEvidenceLeftovers({ unfinished, unreferenced }: EvidenceLeftovers): string[] {
  return [
    ...(unfinished.length
      ? [`Removed ${unfinished.length} unfinished evidence upload(s): ${unfinished.join(', ')}`]
      : []),
    ...(unreferenced.length
      ? [`Removed ${unreferenced.length} evidence file(s) no record refers to: ${unreferenced.join(', ')}`]
      : []),
  ];
}
