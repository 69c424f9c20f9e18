import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';
import { csvFile, xlsxFile } from '../support/spreadsheets.ts';

// "Now" is 24/11/2026 (testBackend). Excel serial 46000 is 09/12/2025.

const HEADINGS = ['Staff name', 'Course', 'Date completed', 'Expiry date', 'Provider', 'Notes'];
const GOOD = [
  HEADINGS,
  ['Florence Ndlovu', 'Fire safety', '03/02/2026', '03/02/2029', 'Blue Light Training, Leeds', ''],
  ['Florence Ndlovu', 'Data security', '1/9/2026', '', 'e-LfH', 'Refresher; done online'],
  ['Sam Okoro', 'Safeguarding adults', '2026-05-14', '', '', ''],
  ['Sam Okoro', 'Lone working', '46000', '', '', ''],
];
/** What GOOD records, as (person, requirement, completed, expires, provider). */
const GOOD_RECORDS = [
  ['Florence Ndlovu', 'fire-safety', '2026-02-03', '2029-02-03', 'Blue Light Training, Leeds'],
  ['Florence Ndlovu', 'data-security', '2026-09-01', null, 'e-LfH'],
  ['Sam Okoro', 'safeguarding-adults', '2026-05-14', null, ''],
  ['Sam Okoro', 'lone-working', '2025-12-09', null, ''],
];

async function twoLinkWorkers(): Promise<Backend> {
  const backend = testBackend();
  await pcnWithGp(backend);
  await ok(backend, 'worker.create', linkWorker());
  await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okoro' }));
  return backend;
}

/** The training records not withdrawn (none here is corrected), as (person, requirement, completed, expires, provider), in the order added. */
const recordsNotWithdrawn = (backend: Backend) =>
  backend.ctx.db
    .prepare(
      `SELECT w.name, t.requirement_id, t.completed_on, t.expires_on, t.provider FROM training_record t
       JOIN worker w ON w.id = t.worker_id WHERE t.withdrawn_at IS NULL ORDER BY t.id`,
    )
    .raw()
    .all();

describe('importing training records from a spreadsheet', () => {
  it('imports a good CSV (byte-order mark, semicolons, d/m/yyyy, ISO and serial dates) exactly, as one audit entry', async () => {
    const backend = await twoLinkWorkers();
    const file = csvFile(GOOD, { delimiter: ';', bom: true });
    const audits = count(backend, 'audit_log');

    const preview = await ok(backend, 'import.dryRun', file);
    expect(preview).toMatchObject({ rows: 4, ready: 4, invalid: 0, duplicates: 0, problems: [], batchId: null });
    // Every field of the kind is named, null when the file has no column for it.
    expect(preview.columns).toEqual({
      person: 0,
      personStartDate: null,
      course: 1,
      completedOn: 2,
      expiresOn: 3,
      provider: 4,
      notes: 5,
    });
    expect(count(backend, 'training_record')).toBe(0);

    const done = await ok(backend, 'import.commit', { ...file, onlyValidRows: false });
    expect(done).toMatchObject({ added: 4, ready: 4 });
    expect(recordsNotWithdrawn(backend)).toEqual(GOOD_RECORDS);
    expect(count(backend, 'audit_log')).toBe(audits + 1);
    expect(count(backend, 'import_batch_record')).toBe(4);
  });

  it('reads quoted commas in a comma-separated file', async () => {
    const backend = await twoLinkWorkers();
    await ok(backend, 'import.commit', { ...csvFile(GOOD), onlyValidRows: false });
    expect(recordsNotWithdrawn(backend)).toEqual(GOOD_RECORDS);
  });

  it('imports an .xlsx workbook written by ExcelJS, with date cells and serial numbers, announced as training', async () => {
    const backend = await twoLinkWorkers();
    const heard: DataChange[] = [];
    backend.onChange((change) => heard.push(change));
    const file = await xlsxFile([
      HEADINGS,
      [
        'Florence Ndlovu',
        'Fire safety',
        new Date(Date.UTC(2026, 1, 3)),
        new Date(Date.UTC(2029, 1, 3)),
        'Blue Light Training, Leeds',
        null,
      ],
      ['Florence Ndlovu', 'Data security', '01/09/2026', null, 'e-LfH', 'Refresher; done online'],
      ['Sam Okoro', 'Safeguarding adults', '2026-05-14', null, null, null],
      ['Sam Okoro', 'Lone working', 46000, null, null, null],
    ]);
    const done = await ok(backend, 'import.commit', { ...file, onlyValidRows: false });
    expect(done.added).toBe(4);
    expect(recordsNotWithdrawn(backend)).toEqual(GOOD_RECORDS);
    // The workbook is read asynchronously before its rows are written: the write is still announced, to the
    // training pages too, with the two people it touched.
    expect(heard).toHaveLength(1);
    expect(heard[0]?.domains).toEqual(expect.arrayContaining(['imports', 'training', 'audit']));
    expect(heard[0]?.workerIds).toHaveLength(2);
  });

  it('reports every bad row by row and column and writes nothing; "valid rows only" writes exactly the rest', async () => {
    const backend = await twoLinkWorkers();
    const file = csvFile([
      ...GOOD.slice(0, 3),
      ['Fred Nobody', 'Fire safety', '03/02/2026', '', '', ''],
      ['Sam Okoro', 'Fire safety', '31/02/2026', '', '', ''],
      ['Sam Okoro', 'Data security', '01/03/2026', '01/01/2026', '', ''],
      ...GOOD.slice(3),
    ]);

    const preview = await ok(backend, 'import.dryRun', file);
    expect(preview).toMatchObject({ rows: 7, ready: 4, invalid: 3 });
    expect(preview.problems.map((p) => [p.row, p.column, p.value, p.kind])).toEqual([
      [4, 'Staff name', 'Fred Nobody', 'invalid'],
      [5, 'Date completed', '31/02/2026', 'invalid'],
      [6, 'Expiry date', '01/01/2026', 'invalid'],
    ]);
    expect(preview.problems.map((p) => p.problem)).toEqual([
      'Fred Nobody is not in the staff register',
      'Not a real date: write it as dd/mm/yyyy',
      'The expiry date must be after the completion date',
    ]);

    const before = [count(backend, 'training_record'), count(backend, 'audit_log'), count(backend, 'import_batch')];
    const refused = await backend.call('import.commit', { ...file, onlyValidRows: false });
    expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    expect([count(backend, 'training_record'), count(backend, 'audit_log'), count(backend, 'import_batch')]).toEqual(
      before,
    );

    const done = await ok(backend, 'import.commit', { ...file, onlyValidRows: true });
    expect(done).toMatchObject({ added: 4, invalid: 3 });
    expect(recordsNotWithdrawn(backend)).toEqual(GOOD_RECORDS);
  });

  it('refuses a completion in the future, an unknown course and an NHS number in the notes', async () => {
    const backend = await twoLinkWorkers();
    const file = csvFile([
      HEADINGS,
      ['Sam Okoro', 'Fire safety', '01/12/2026', '', '', ''],
      ['Sam Okoro', 'Basket weaving', '01/10/2026', '', '', ''],
      ['Sam Okoro', 'constructor', '01/10/2026', '', '', ''],
      ['Sam Okoro', 'Fire safety', '01/10/2026', '', '', 'Patient 943 476 5919 present'],
    ]);
    const preview = await ok(backend, 'import.dryRun', file);
    expect(preview.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'completedOn'],
      [3, 'course'],
      [4, 'course'],
      [5, 'notes'],
    ]);
    expect(preview.problems[0]?.problem).toBe('The completion date cannot be in the future');
    expect(preview.unknownCourses).toEqual(['Basket weaving', 'constructor']);
  });

  it('importing the same file twice adds nothing: every row is reported as a duplicate and skipped', async () => {
    const backend = await twoLinkWorkers();
    const file = csvFile(GOOD);
    await ok(backend, 'import.commit', { ...file, onlyValidRows: false });
    const records = count(backend, 'training_record');

    const again = await ok(backend, 'import.commit', { ...file, onlyValidRows: false });
    expect(again).toMatchObject({ added: 0, duplicates: 4, invalid: 0, batchId: null });
    expect(again.problems.every((p) => p.kind === 'duplicate' && p.problem === 'Already recorded: skipped')).toBe(true);
    expect(count(backend, 'training_record')).toBe(records);
  });

  it('skips a row repeated within the file', async () => {
    const backend = await twoLinkWorkers();
    const preview = await ok(backend, 'import.dryRun', csvFile([...GOOD, GOOD[1] as string[]]));
    expect(preview).toMatchObject({ ready: 4, duplicates: 1 });
    expect(preview.problems.map((p) => [p.row, p.problem])).toEqual([[6, 'The same as row 2: skipped']]);
  });

  it('undo withdraws exactly the records that import added, as one audit entry, and only once', async () => {
    const backend = await twoLinkWorkers();
    const first = await ok(backend, 'import.commit', { ...csvFile(GOOD.slice(0, 3)), onlyValidRows: false });
    const second = await ok(backend, 'import.commit', {
      ...csvFile([HEADINGS, ...GOOD.slice(3)]),
      onlyValidRows: false,
    });
    const audits = count(backend, 'audit_log');

    expect(await ok(backend, 'import.undo', { batchId: first.batchId ?? 0 })).toEqual({
      batchId: first.batchId,
      withdrawn: 2,
    });
    expect(recordsNotWithdrawn(backend)).toEqual(GOOD_RECORDS.slice(2));
    expect(count(backend, 'training_record')).toBe(4); // withdrawn, never deleted
    expect(count(backend, 'audit_log')).toBe(audits + 1);
    expect(second.added).toBe(2);

    expect((await ok(backend, 'import.list', {})).map((b) => [b.id, b.fileName, b.added, b.undoneAt])).toEqual([
      [second.batchId, 'training.csv', 2, null],
      [first.batchId, 'training.csv', 2, '2026-11-24T10:00:00.000Z'],
    ]);

    const again = await backend.call('import.undo', { batchId: first.batchId ?? 0 });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    // Undone, the file can be imported again.
    expect((await ok(backend, 'import.commit', { ...csvFile(GOOD.slice(0, 3)), onlyValidRows: false })).added).toBe(2);
  });

  it('remembers the columns and course names chosen, for the next file', async () => {
    const backend = await twoLinkWorkers();
    const odd = [
      ['Who', 'What', 'When'],
      ['Sam Okoro', 'FS course', '01/10/2026'],
    ];
    const columns = { person: 0, course: 1, completedOn: 2, expiresOn: null, provider: null, notes: null };
    const guessed = await ok(backend, 'import.dryRun', csvFile(odd));
    expect(guessed.columns).not.toEqual(columns);

    await ok(backend, 'import.commit', {
      ...csvFile(odd),
      columns,
      courses: { 'FS course': 'fire-safety' },
      onlyValidRows: false,
    });
    const next = await ok(
      backend,
      'import.dryRun',
      csvFile([odd[0] as string[], ['Florence Ndlovu', 'FS course', '02/10/2026']]),
    );
    expect(next).toMatchObject({ columns, ready: 1, invalid: 0 });
  });
  it('remembers no heading that holds an NHS number, nor a blank one: those fields are guessed next time', async () => {
    const backend = await twoLinkWorkers();
    const file = csvFile([
      ['Who', 'Re patient 943 476 5919', 'When', ''],
      ['Sam Okoro', 'Fire safety', '01/10/2026', 'e-LfH'],
    ]);
    const columns = { person: 0, course: 1, completedOn: 2, provider: 3 };
    expect(await ok(backend, 'import.commit', { ...file, columns, onlyValidRows: false })).toMatchObject({ added: 1 });

    const setting = (key: string) =>
      backend.ctx.db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(key) as string;
    expect(JSON.parse(setting('import.training.columns'))).toEqual({ person: 'Who', completedOn: 'When' });
    expect(backend.ctx.db.prepare("SELECT count(*) FROM setting WHERE value LIKE '%5919%'").pluck().get()).toBe(0);
  });

  it('refuses a file it cannot read, or one with nothing under its headings, naming the file', async () => {
    const backend = await twoLinkWorkers();
    const broken = {
      fileName: 'training.xlsx',
      dataBase64: Buffer.from('PK\u0003\u0004 not a workbook').toString('base64'),
    };
    const headingsOnly = csvFile([HEADINGS], { fileName: 'empty.csv' });
    for (const [file, message] of [
      [broken, 'training.xlsx could not be read as an Excel workbook'],
      [headingsOnly, 'empty.csv has no rows under its headings to import'],
    ] as const) {
      const refused = await backend.call('import.dryRun', file);
      expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual(['VALIDATION', message]);
    }
  });

  it('undo is refused once a record it added has been corrected, and for an import that does not exist', async () => {
    const backend = await twoLinkWorkers();
    const { batchId } = await ok(backend, 'import.commit', { ...csvFile(GOOD), onlyValidRows: false });
    const [first] = backend.ctx.db
      .prepare('SELECT record_id FROM import_batch_record ORDER BY row_number')
      .pluck()
      .all() as number[];
    await ok(backend, 'training.correct', {
      recordId: first ?? 0,
      status: 'completed',
      completedOn: '2026-02-04',
      provider: 'Blue Light Training, Leeds',
      reason: 'Typed the wrong day',
    });
    const records = count(backend, 'training_record');

    const refused = await backend.call('import.undo', { batchId: batchId ?? 0 });
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual([
      'CONFLICT',
      '1 record from training.csv has been corrected since: withdraw it one by one instead',
    ]);
    expect(count(backend, 'training_record')).toBe(records);
    expect(
      backend.ctx.db.prepare('SELECT count(*) FROM training_record WHERE withdrawn_at IS NOT NULL').pluck().get(),
    ).toBe(0);

    const missing = await backend.call('import.undo', { batchId: 999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('reads a windows-1252 CSV as Excel on Windows saves it: "Zoë", "£" and curly quotes come through', async () => {
    const backend = await twoLinkWorkers();
    await ok(backend, 'worker.create', linkWorker({ name: 'Zoë Adebayo' }));
    const file = csvFile(
      [
        HEADINGS,
        ['Zoë Adebayo', 'Fire safety', '03/02/2026', '', 'O’Neill “Safety” Training', 'Cost £45 – paid by the PCN'],
      ],
      { encoding: 'windows-1252' },
    );
    expect(await ok(backend, 'import.commit', { ...file, onlyValidRows: false })).toMatchObject({ added: 1 });
    expect(backend.ctx.db.prepare('SELECT provider, notes FROM training_record').raw().get()).toEqual([
      'O’Neill “Safety” Training',
      'Cost £45 – paid by the PCN',
    ]);
  });

  it('tells apart two people with the same name by their start date, and says how when it cannot', async () => {
    const backend = await twoLinkWorkers();
    await ok(backend, 'worker.create', linkWorker({ name: 'Sarah Khan', startDate: '2024-01-08' }));
    await ok(backend, 'worker.create', linkWorker({ name: 'sarah  khan', startDate: '2025-06-02' }));
    const row = ['Sarah Khan', 'Fire safety', '03/02/2026'];

    const without = await ok(backend, 'import.dryRun', csvFile([['Staff name', 'Course', 'Date completed'], row]));
    expect(without.problems.map((p) => [p.row, p.column, p.problem])).toEqual([
      [
        2,
        'Staff name',
        '2 people in the register are called Sarah Khan: add a column ‘Person’s start date’ to tell them apart',
      ],
    ]);

    const file = csvFile([
      ['Staff name', 'Person’s start date', 'Course', 'Date completed'],
      ['Sarah Khan', '02/06/2025', 'Fire safety', '03/02/2026'],
      ['Sarah Khan', '08/01/2024', 'Data security', '04/02/2026'],
      ['Sarah Khan', '09/01/2024', 'Lone working', '04/02/2026'],
      ['Sarah Khan', '', 'Lone working', '04/02/2026'],
      ['Sam Okoro', '', 'Lone working', '04/02/2026'],
    ]);
    const preview = await ok(backend, 'import.dryRun', file);
    expect(preview.columns).toMatchObject({ person: 0, personStartDate: 1, course: 2, completedOn: 3 });
    expect(preview.problems.map((p) => [p.row, p.column, p.problem])).toEqual([
      [
        4,
        'Person’s start date',
        'No one called Sarah Khan started on 09/01/2024: the register has them starting on 08/01/2024 and 02/06/2025',
      ],
      [
        5,
        'Staff name',
        '2 people in the register are called Sarah Khan: fill in ‘Person’s start date’ to tell them apart',
      ],
    ]);
    await ok(backend, 'import.commit', { ...file, onlyValidRows: true });
    expect(
      backend.ctx.db
        .prepare(
          'SELECT w.start_date, t.requirement_id FROM training_record t JOIN worker w ON w.id = t.worker_id ORDER BY t.id',
        )
        .raw()
        .all(),
    ).toEqual([
      ['2025-06-02', 'fire-safety'],
      ['2024-01-08', 'data-security'],
      ['2025-04-01', 'lone-working'],
    ]);
  });
});
