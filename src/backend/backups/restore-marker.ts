import fs from 'node:fs';
import { keepAnchor } from '../audit/anchor.ts';
import type { Database } from '../db/open.ts';

/**
 * A restore's copy replaces the data file's content, and the audit log's anchor (the end of the log as it was) is
 * moved only once the restored file is open. Between the two a crash would leave an anchor that the restored log
 * no longer reaches, reported at the next launch as tampering: this marker, beside the data file for that moment,
 * says otherwise.
 */
const markerOf = (dataFile: string) => `${dataFile}.restoring`;

export function markRestoreUnderWay(dataFile: string): void {
  fs.writeFileSync(markerOf(dataFile), 'A restore is copying a backup into this data file\n');
}

export function clearRestoreMarker(dataFile: string): void {
  fs.rmSync(markerOf(dataFile), { force: true });
}

/** On opening: a restore stopped between its copy and its end moves the anchor to the log's end, and says so. */
export function finishInterruptedRestore(db: Database, dataFile: string, log: (line: string) => void): void {
  if (!fs.existsSync(markerOf(dataFile))) return;
  keepAnchor(db, dataFile, { rebase: true });
  clearRestoreMarker(dataFile);
  log(
    'A restore was cut short after the backup was copied in: the data file holds the backup, and the audit ' +
      "log's end is now taken from it",
  );
}
