import type { BackupSummary } from '../../../../shared/domain/backups.ts';
import { countOf } from '../../../../shared/rules/words.ts';

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** A size as people read it: "840 bytes", "12 KB", "2.4 MB" (one decimal place below 10, none above). */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return countOf(bytes, 'byte');
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < UNITS.length - 1) {
    size /= 1024;
    unit += 1;
  }
  const shown = size < 10 ? Number(size.toFixed(1)) : Math.round(size);
  // 1023.6 KB rounds up to the next unit's "1".
  if (shown >= 1024 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${shown.toLocaleString('en-GB')} ${UNITS[unit]}`;
}

/** What a backup holds: "12 people, 340 training records and 25 evidence files" ("no evidence files" for none). */
export function holdingsInWords(backup: BackupSummary): string {
  const parts = [
    backup.people === null ? null : countOf(backup.people, 'person', 'people'),
    backup.records === null ? null : countOf(backup.records, 'training record'),
    backup.evidenceFiles === 0 ? 'no evidence files' : countOf(backup.evidenceFiles, 'evidence file'),
  ].filter((part): part is string => part !== null);
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}
