import { describe, expect, it } from 'vitest';
import { backupNamed, folderNameOf, onDayAtTime, outsideFolderNameOf } from '../../src/backend/backups/names.ts';

describe('backup names', () => {
  it('go by UK time, in winter and in summer', () => {
    expect(folderNameOf('manual', new Date('2026-11-24T01:30:05Z'))).toBe('manual-2026-11-24-01.30.05');
    // 23:30 UTC in summer is half past midnight the next day in the UK.
    expect(folderNameOf('beforeRestore', new Date('2027-06-30T23:30:00Z'))).toBe('before-restore-2027-07-01-00.30.00');
    expect(folderNameOf('daily', new Date('2027-06-30T23:30:00Z'))).toBe('daily-2027-07-01');
    expect(outsideFolderNameOf(new Date('2027-06-30T23:30:00Z'))).toBe('Linkwork backup 01-07-2027 00.30');
    expect(onDayAtTime('2027-06-30T23:30:00Z')).toBe('on 01/07/2027 at 00:30');
  });

  it('are read back as the kind of backup they name, and nothing else is one', () => {
    expect(backupNamed('daily-2026-11-24', true)).toEqual({ kind: 'daily', madeAt: null });
    expect(backupNamed('manual-2026-11-24-01.30.05-2', true)).toEqual({ kind: 'manual', madeAt: null });
    expect(backupNamed('before-restore-2026-11-24-01.30.05', true)).toEqual({ kind: 'beforeRestore', madeAt: null });
    expect(backupNamed('linkwork-v17-before-v18-2026-10-01T08-15-00-250Z.sqlite', false)).toEqual({
      kind: 'beforeUpgrade',
      madeAt: '2026-10-01T08:15:00.250Z',
    });
    for (const [name, isFolder] of [
      ['daily-2026-11-24', false],
      ['.daily-2026-11-24.partial', true],
      ['manual-yesterday', true],
      ['linkwork-v17-before-v18-2026-10-01T08-15-00-250Z-broken.sqlite', false],
      ['linkwork.sqlite', false],
      ['notes.txt', false],
    ] as const)
      expect(backupNamed(name, isFolder), name).toBeNull();
  });
});
