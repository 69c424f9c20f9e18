import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../src/shared/domain/backups.ts';
import { holdingsInWords, sizeInWords } from '../../src/renderer/src/pages/backups/backupWords.ts';

const backup = (fields: Partial<BackupSummary>): BackupSummary => ({
  id: 'manual-2026-11-16-09.00.00',
  kind: 'manual',
  madeAt: '2026-11-16T09:00:00.000Z',
  sizeBytes: 0,
  people: 12,
  records: 279,
  evidenceFiles: 0,
  schemaVersion: 19,
  problem: null,
  ...fields,
});

describe('a backup in words', () => {
  it('gives its size as people read it, one decimal place below 10', () => {
    expect(sizeInWords(0)).toBe('0 bytes');
    expect(sizeInWords(1)).toBe('1 byte');
    expect(sizeInWords(1023)).toBe('1,023 bytes');
    expect(sizeInWords(1024)).toBe('1 KB');
    expect(sizeInWords(589_824)).toBe('576 KB');
    expect(sizeInWords(2.44 * 1024 * 1024)).toBe('2.4 MB');
    expect(sizeInWords(1023.7 * 1024)).toBe('1 MB');
    expect(sizeInWords(5 * 1024 ** 3)).toBe('5 GB');
    expect(sizeInWords(2048 * 1024 ** 4)).toBe('2,048 TB');
  });

  it('says what it holds, leaving out what could not be read', () => {
    expect(holdingsInWords(backup({ evidenceFiles: 25 }))).toBe(
      '12 people, 279 training records and 25 evidence files',
    );
    expect(holdingsInWords(backup({ people: 1, records: 1, evidenceFiles: 1 }))).toBe(
      '1 person, 1 training record and 1 evidence file',
    );
    expect(holdingsInWords(backup({}))).toBe('12 people, 279 training records and no evidence files');
    expect(holdingsInWords(backup({ people: null, records: null, evidenceFiles: 3 }))).toBe('3 evidence files');
  });
});
