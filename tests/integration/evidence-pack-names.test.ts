import { describe, expect, it } from 'vitest';
import { fileNameDate, FolderNames, safeStem } from '../../src/backend/packs/file-names.ts';

describe('names in an evidence pack', () => {
  it('can be saved on Windows and macOS whatever a title or name holds', () => {
    expect(safeStem('Moving/handling: back care?')).toBe('Moving handling back care');
    expect(safeStem('../../etc/passwd')).toBe('etc passwd');
    expect(safeStem('  "Quoted" <tag> | pipe *star*  ')).toBe('Quoted tag pipe star');
    expect(safeStem('Ends with dots...')).toBe('Ends with dots');
    expect(safeStem('Tab\there\nnewline')).toBe('Tab here newline');
    expect(safeStem('CON')).toBe('CON file');
    expect(safeStem('lpt1')).toBe('lpt1 file');
    expect(safeStem('???')).toBe('Untitled');
    expect(safeStem('x'.repeat(300))).toHaveLength(100);
    expect(Array.from(safeStem('😀'.repeat(120)))).toEqual(Array(100).fill('😀'));
    expect(safeStem('Zoë O’Brien-Łukasz')).toBe('Zoë O’Brien-Łukasz');
  });

  it('write dates as dd-mm-yyyy', () => {
    expect(fileNameDate('2026-11-16')).toBe('16-11-2026');
  });

  it('are made unique within a folder, ignoring case, numbering the second and later', () => {
    const names = new FolderNames();
    expect(names.claim('Fire safety - 10-03-2026', '.pdf')).toBe('Fire safety - 10-03-2026.pdf');
    expect(names.claim('Fire safety - 10-03-2026', '.pdf')).toBe('Fire safety - 10-03-2026 (2).pdf');
    expect(names.claim('FIRE SAFETY - 10-03-2026', '.pdf')).toBe('FIRE SAFETY - 10-03-2026 (3).pdf');
    expect(names.claim('Fire safety - 10-03-2026', '.png')).toBe('Fire safety - 10-03-2026.png');
    const folders = new FolderNames();
    expect(['Sam Lee', 'Sam Lee'].map((name) => folders.claim(name, ''))).toEqual(['Sam Lee', 'Sam Lee (2)']);
  });
});
