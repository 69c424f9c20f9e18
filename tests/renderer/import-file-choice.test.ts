import { describe, expect, it } from 'vitest';
import { fileChooser } from '../../src/renderer/src/pages/imports/fileChooser.ts';

/** A chooser over a fake reader whose answers the test releases, in any order. */
function controlled() {
  const reads = new Map<string, { resolve(data: string): void; reject(error: Error): void }>();
  const chooser = fileChooser((file) => new Promise((resolve, reject) => reads.set(file.name, { resolve, reject })));
  const release = (name: string) => reads.get(name)?.resolve(`data of ${name}`);
  return { chooser, reads, release };
}

const spreadsheet = (name: string) => new File(['Staff name,Course'], name);

describe('choosing a file for the import wizard', () => {
  it('keeps the later file when an earlier, slower one finishes reading after it', async () => {
    const { chooser, release } = controlled();
    const slow = chooser.choose(spreadsheet('big.xlsx'));
    const quick = chooser.choose(spreadsheet('small.csv'));
    release('small.csv');
    expect(await quick).toEqual({ file: { name: 'small.csv', dataBase64: 'data of small.csv' }, error: null });
    release('big.xlsx');
    expect(await slow).toBeNull();
  });

  it('answers nothing for a file still being read when the wizard starts again, nor a failure to read one chosen before another', async () => {
    const { chooser, reads, release } = controlled();
    const read = chooser.choose(spreadsheet('register.csv'));
    chooser.forget();
    release('register.csv');
    expect(await read).toBeNull();

    const failing = chooser.choose(spreadsheet('locked.xlsx'));
    const refused = chooser.choose(new File([''], 'notes.docx'));
    reads.get('locked.xlsx')?.reject(new Error('Could not read locked.xlsx'));
    expect(await failing).toBeNull();
    expect((await refused)?.error).toMatch(/^That file is not a spreadsheet: notes.docx/);
  });

  it('refuses a file that is not a spreadsheet at once, and says why a spreadsheet could not be read', async () => {
    const { chooser, reads } = controlled();
    expect(await chooser.choose(new File([''], 'notes.docx'))).toEqual({
      file: null,
      error: 'That file is not a spreadsheet: notes.docx is not an Excel (.xlsx) or CSV (.csv) file.',
    });
    const failing = chooser.choose(spreadsheet('Locked.XLSX'));
    reads.get('Locked.XLSX')?.reject(new Error('Could not read Locked.XLSX'));
    expect(await failing).toEqual({ file: null, error: 'Could not read Locked.XLSX' });
  });
});
