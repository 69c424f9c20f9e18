import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { ImportKind } from '../../src/shared/domain/imports.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { pcnWithGp } from '../support/pcn.ts';

// "Now" is 24/11/2026 (testBackend).

/** What a lead types under each template's example row: two people, then their training. */
const FILLED_IN: Record<ImportKind, (string | number | Date)[][]> = {
  register: [
    [
      'Zoë Adebayo',
      'Social prescribing link worker',
      'Riverside Surgery',
      'Riverside Surgery',
      'Yes',
      '01/06/2025',
      '',
      37.5,
      'Dr Asha Patel',
      '',
    ],
    ['Sam Okoro', 'Care coordinator', 'Riverside Surgery', '', 'No', '02/09/2024', '', 22.5, '', 'Dr Asha Patel'],
  ],
  training: [
    ['Zoë Adebayo', '', 'Fire safety', '03/02/2026', '03/02/2029', 'Blue Light Training', ''],
    ['Sam Okoro', '02/09/2024', 'Data security', '01/09/2026', '', 'e-LfH', 'Refresher'],
  ],
};

const template = async (backend: Backend, kind: ImportKind, format: 'xlsx' | 'csv') => {
  const file = await ok(backend, 'import.template', { kind, format });
  return { ...file, bytes: Buffer.from(file.dataBase64, 'base64') };
};

/** The .xlsx template with the rows typed under its example, as Excel would save it. */
async function fillXlsx(bytes: Buffer, rows: readonly (string | number | Date)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The CSV template with the rows typed under its example. */
function fillCsv(bytes: Buffer, rows: readonly (string | number | Date)[][]): string {
  const lines = rows.map((row) => row.map((cell) => `"${String(cell)}"`).join(','));
  return Buffer.concat([bytes, Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]).toString('base64');
}

async function importFilledIn(backend: Backend, kind: ImportKind, format: 'xlsx' | 'csv') {
  const { fileName, bytes } = await template(backend, kind, format);
  const dataBase64 = format === 'xlsx' ? await fillXlsx(bytes, FILLED_IN[kind]) : fillCsv(bytes, FILLED_IN[kind]);
  return ok(backend, 'import.commit', { kind, fileName, dataBase64, onlyValidRows: false });
}

describe('import templates', () => {
  it('the .xlsx: bold headings the import maps back exactly, dates as dd/mm/yyyy, one example row and a guide', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const { fileName, mediaType, bytes } = await template(backend, 'register', 'xlsx');
    expect([fileName, mediaType]).toEqual([
      'Linkwork staff register template.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Staff register', 'How to fill this in']);
    const [sheet, guide] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Name',
      'Role',
      'Employer',
      'Base practice',
      'ARRS funded',
      'Start date',
      'Leaving date',
      'Hours a week',
      'Supervisor',
      'First contact',
    ]);
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('F2').value).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect([sheet.getCell('F2').numFmt, sheet.getColumn(7).numFmt]).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy']);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(14);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 3)).toEqual([
      'Example Person',
      'Social prescribing link worker',
    ]);
    expect(sheet.rowCount).toBe(2);

    const rows = guide.getSheetValues().slice(1) as unknown[][];
    expect(rows[0]?.slice(1)).toEqual(['Column', 'Required', 'What to write', 'Accepted values']);
    expect(rows.find((r) => r[1] === 'Role')?.slice(2)).toEqual([
      'Yes',
      'Their role. SPLW, Link worker, Care co-ordinator and HWBC are understood too.',
      'Social prescribing link worker\nCare coordinator\nHealth and wellbeing coach',
    ]);
    expect(rows.find((r) => r[1] === 'Employer')?.[4]).toBe('Riverside Surgery');
    expect(String(rows.at(-1)?.[1])).toContain('Linkwork skips it when importing');

    const training = await template(backend, 'training', 'xlsx');
    await workbook.xlsx.load(training.bytes as unknown as ArrayBuffer);
    const courses = String(
      (workbook.worksheets[1]?.getSheetValues() as unknown[][]).find((r) => r?.[1] === 'Course or requirement')?.[4],
    );
    expect(courses.split('\n')).toEqual(
      expect.arrayContaining([
        'Fire safety',
        'Data security awareness (information governance) (or: Data security)',
        'Safeguarding adults',
      ]),
    );
  });

  it('the .csv: UTF-8 with a byte-order mark, the headings and the example row', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const { fileName, mediaType, bytes } = await template(backend, 'training', 'csv');
    expect([fileName, mediaType]).toEqual(['Linkwork training records template.csv', 'text/csv']);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Person,Person’s start date,Course or requirement,Completed on,Expires on,Provider,Notes',
      'Example Person,,Fire safety,01/04/2025,,e-Learning for Healthcare,',
      '',
    ]);
  });

  for (const format of ['xlsx', 'csv'] as const) {
    it(`each kind's ${format} template, filled in, imports cleanly without its example row`, async () => {
      const backend = testBackend();
      await pcnWithGp(backend);

      const register = await importFilledIn(backend, 'register', format);
      expect(register).toMatchObject({ added: 2, invalid: 0, duplicates: 1 });
      expect(register.problems.map((p) => [p.row, p.problem])).toEqual([[2, 'The template’s example row: skipped']]);
      expect(
        backend.ctx.db.prepare('SELECT name, role, start_date, hours_per_week FROM worker ORDER BY id').raw().all(),
      ).toEqual([
        ['Zoë Adebayo', 'splw', '2025-06-01', 37.5],
        ['Sam Okoro', 'care_coordinator', '2024-09-02', 22.5],
      ]);

      const training = await importFilledIn(backend, 'training', format);
      expect(training).toMatchObject({ added: 2, invalid: 0, duplicates: 1 });
      expect(
        backend.ctx.db
          .prepare(
            `SELECT w.name, t.requirement_id, t.completed_on, t.expires_on FROM training_record t
             JOIN worker w ON w.id = t.worker_id ORDER BY t.id`,
          )
          .raw()
          .all(),
      ).toEqual([
        ['Zoë Adebayo', 'fire-safety', '2026-02-03', '2029-02-03'],
        ['Sam Okoro', 'data-security', '2026-09-01', null],
      ]);
      expect(count(backend, 'import_batch')).toBe(2);
    });
  }
});
