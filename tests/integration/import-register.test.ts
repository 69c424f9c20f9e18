import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { pcnWithGp } from '../support/pcn.ts';
import { csvFile, xlsxFile } from '../support/spreadsheets.ts';
import { linkWorker } from '../support/link-worker.ts';

// "Now" is 24/11/2026 (testBackend). Excel serial 46000 is 09/12/2025.

const HEADINGS = [
  'Full name',
  'Job title',
  'Employer',
  'Base practice',
  'ARRS funded',
  'Start date',
  'Leaving date',
  'Hours per week',
  'Supervisor',
  'First contact',
];
const ZOE = [
  'Zoë Adebayo',
  'Social prescribing link worker',
  'Riverside Surgery',
  'Riverside Surgery',
  'Yes',
  '01/04/2025',
  '',
  '37.5',
  'Dr Asha Patel',
  'Tom Reid',
];
const CONNOR = [
  'Connor O’Brien',
  'Care co-ordinator',
  'Hart, Lowe and Partners',
  'B82002',
  'n',
  '2024-09-02',
  '31/12/2026',
  '22.5',
  '',
  '',
];
const PRIYA = ['Priya Shah', 'HWBC', 'hart, lowe and partners', '', '', '46000', '', '30', 'Dr Asha Patel', ''];
const GOOD = [HEADINGS, ZOE, CONNOR, PRIYA];

/** The workers GOOD adds, every field, with what each links to named. */
const GOOD_WORKERS = [
  [
    'Zoë Adebayo',
    'splw',
    'Riverside Surgery',
    'Riverside Surgery',
    1,
    '2025-04-01',
    null,
    37.5,
    'Dr Asha Patel',
    'Tom Reid',
  ],
  [
    'Connor O’Brien',
    'care_coordinator',
    'Hart, Lowe and Partners',
    'Hillside Medical Centre',
    0,
    '2024-09-02',
    '2026-12-31',
    22.5,
    null,
    null,
  ],
  ['Priya Shah', 'hwbc', 'Hart, Lowe and Partners', null, 1, '2025-12-09', null, 30, 'Dr Asha Patel', null],
];

/** A worker added by hand, not by an import. */
const FLORENCE = linkWorker();

/** The Riverside PCN with a second practice, a second employer (with a comma in its name) and a first contact. */
async function organisation(): Promise<Backend> {
  const backend = testBackend();
  await pcnWithGp(backend);
  await ok(backend, 'practice.create', { name: 'Hillside Medical Centre', odsCode: 'B82002' });
  await ok(backend, 'employer.create', { name: 'Hart, Lowe and Partners', kind: 'pcn_entity' });
  await ok(backend, 'colleague.create', { name: 'Tom Reid', jobTitle: 'Practice manager', practiceId: 2 });
  return backend;
}

/** Every worker in the register, every field, in the order added. */
const workers = (backend: Backend) =>
  backend.ctx.db
    .prepare(
      `SELECT w.name, w.role, e.name, p.name, w.arrs_funded, w.start_date, w.leaving_date, w.hours_per_week, s.name, f.name
       FROM worker w JOIN employer e ON e.id = w.employer_id LEFT JOIN practice p ON p.id = w.base_practice_id
       LEFT JOIN colleague s ON s.id = w.supervisor_id LEFT JOIN colleague f ON f.id = w.first_contact_id ORDER BY w.id`,
    )
    .raw()
    .all();

const register = <T extends object>(file: T) => ({ ...file, kind: 'register' as const });
/** A register saved as CSV (by default comma-separated UTF-8 without a byte-order mark), ready to import. */
const registerCsv = (rows: Parameters<typeof csvFile>[0], options: Parameters<typeof csvFile>[1] = {}) =>
  register(csvFile(rows, { fileName: 'register.csv', ...options }));

describe('importing the staff register from a spreadsheet', () => {
  it('imports a good .xlsx exactly, as one audit entry, announced as a staff change', async () => {
    const backend = await organisation();
    const heard: DataChange[] = [];
    backend.onChange((change) => heard.push(change));
    const file = await xlsxFile(
      [
        HEADINGS,
        [...ZOE.slice(0, 5), new Date(Date.UTC(2025, 3, 1)), null, 37.5, ...ZOE.slice(8)],
        [...CONNOR.slice(0, 5), '02/09/2024', new Date(Date.UTC(2026, 11, 31)), 22.5, null, null],
        [...PRIYA.slice(0, 5), 46000, null, 30, 'Dr Asha Patel', null],
      ],
      'register.xlsx',
    );
    const audits = count(backend, 'audit_log');

    const preview = await ok(backend, 'import.dryRun', register(file));
    expect(preview).toMatchObject({ kind: 'register', rows: 3, ready: 3, invalid: 0, duplicates: 0, problems: [] });
    expect(preview.columns).toEqual({
      name: 0,
      role: 1,
      employer: 2,
      basePractice: 3,
      arrsFunded: 4,
      startDate: 5,
      leavingDate: 6,
      hoursPerWeek: 7,
      supervisor: 8,
      firstContact: 9,
    });
    expect(preview.sample[0]).toEqual([...ZOE.slice(0, 5), '2025-04-01', '', '37.5', ...ZOE.slice(8)]);
    expect(count(backend, 'worker')).toBe(0);

    const done = await ok(backend, 'import.commit', { ...register(file), onlyValidRows: false });
    expect(done).toMatchObject({ kind: 'register', added: 3 });
    expect(workers(backend)).toEqual(GOOD_WORKERS);
    expect(count(backend, 'audit_log')).toBe(audits + 1);
    const audit = backend.ctx.db.prepare('SELECT action, summary FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(audit).toEqual({ action: 'import.register', summary: 'Imported 3 people from register.xlsx' });
    expect(heard).toHaveLength(1);
    expect(heard[0]?.domains).toEqual(expect.arrayContaining(['imports', 'staff', 'audit']));
    expect((await ok(backend, 'import.list', {}))[0]).toMatchObject({ kind: 'register', added: 3, undoneAt: null });
  });

  it('reads a CSV with a byte-order mark, semicolons, quoted commas and serial dates', async () => {
    const backend = await organisation();
    const done = await ok(backend, 'import.commit', {
      ...registerCsv(GOOD, { delimiter: ';', bom: true }),
      onlyValidRows: false,
    });
    expect(done.added).toBe(3);
    expect(workers(backend)).toEqual(GOOD_WORKERS);
  });

  it('reads a windows-1252 CSV as Excel on Windows saves it: Zoë and O’Brien come through', async () => {
    const backend = await organisation();
    const file = csvFile(GOOD, { encoding: 'windows-1252', fileName: 'register.csv' });
    expect(Buffer.from(file.dataBase64, 'base64').includes(Buffer.from([0x5a, 0x6f, 0xeb]))).toBe(true); // "Zoë"
    await ok(backend, 'import.commit', { ...register(file), onlyValidRows: false });
    expect(workers(backend)).toEqual(GOOD_WORKERS);
  });

  it('reports every problem of 3 bad rows by row and column and writes nothing; "valid rows only" writes the rest', async () => {
    const backend = await organisation();
    const file = registerCsv([
      HEADINGS,
      ZOE,
      ['Sam Okoro', 'SPLW', 'Northgate Trust', '', 'yes', '01/06/2025', '', '37.5', '', ''],
      ['Ade Bello', 'Pharmacist', 'Riverside Surgery', '', 'y', '01/06/2025', '', '37.5', 'Dr Nobody', ''],
      CONNOR,
      ['Lena Fox', 'Link worker', 'Riverside Surgery', '', 'maybe', '31/02/2025', '', 'full time', '', ''],
      PRIYA,
    ]);

    const preview = await ok(backend, 'import.dryRun', file);
    expect(preview).toMatchObject({ rows: 6, ready: 3, invalid: 3, duplicates: 0 });
    expect(preview.problems.map((p) => [p.row, p.column, p.value, p.problem])).toEqual([
      [
        3,
        'Employer',
        'Northgate Trust',
        'Northgate Trust is not an employer in Linkwork: add it under Organisation → Employers first',
      ],
      [
        4,
        'Job title',
        'Pharmacist',
        'Pharmacist is not a role Linkwork knows: write Social prescribing link worker, Care coordinator or Health and wellbeing coach',
      ],
      [
        4,
        'Supervisor',
        'Dr Nobody',
        'Dr Nobody is not a supervisor or contact in Linkwork: add them under Organisation → Supervisors and contacts first',
      ],
      [6, 'ARRS funded', 'maybe', 'Write yes or no (left blank, it means yes)'],
      [6, 'Start date', '31/02/2025', 'Not a real date: write it as dd/mm/yyyy'],
      [6, 'Hours per week', 'full time', 'Not a number of hours: write it like 37.5'],
    ]);

    const before = [count(backend, 'worker'), count(backend, 'audit_log'), count(backend, 'import_batch')];
    const refused = await backend.call('import.commit', { ...file, onlyValidRows: false });
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual([
      'VALIDATION',
      '3 rows of register.csv cannot be imported: correct them, or import only the valid rows',
    ]);
    expect([count(backend, 'worker'), count(backend, 'audit_log'), count(backend, 'import_batch')]).toEqual(before);

    const done = await ok(backend, 'import.commit', { ...file, onlyValidRows: true });
    expect(done).toMatchObject({ added: 3, invalid: 3 });
    expect(workers(backend)).toEqual(GOOD_WORKERS);
  });

  it('applies the rules of adding a worker by hand: hours within limits, leaving after starting, a plausible start', async () => {
    const backend = await organisation();
    const preview = await ok(
      backend,
      'import.dryRun',
      registerCsv([
        HEADINGS,
        ['Sam Okoro', 'SPLW', 'Riverside Surgery', '', '', '01/06/2025', '01/05/2025', '37.5', '', ''],
        ['Ade Bello', 'SPLW', 'Riverside Surgery', '', '', '01/06/2025', '', '70', '', ''],
        ['Lena Fox', 'SPLW', 'Riverside Surgery', '', '', '01/06/1950', '', '37.5', '', ''],
        ['', '', '', 'Nowhere Surgery', '', '01/06/2025', '', '37.5', '', ''],
      ]),
    );
    expect(preview.problems.map((p) => [p.row, p.field, p.problem])).toEqual([
      [2, 'leavingDate', 'The leaving date cannot be before the start date'],
      [3, 'hoursPerWeek', 'Hours a week cannot be above 60'],
      [4, 'startDate', expect.stringContaining('start date')],
      [5, 'name', 'No name: enter the person’s full name'],
      [5, 'role', 'No role: write Social prescribing link worker, Care coordinator or Health and wellbeing coach'],
      [5, 'employer', 'No employer: enter who employs them'],
      [
        5,
        'basePractice',
        'Nowhere Surgery is not a member practice in Linkwork: add it under Organisation → Member practices first',
      ],
    ]);
  });

  it('importing the same file twice adds nothing, and a person repeated in the file is added once', async () => {
    const backend = await organisation();
    const file = registerCsv([...GOOD, ZOE]);
    const first = await ok(backend, 'import.commit', { ...file, onlyValidRows: false });
    expect(first).toMatchObject({ added: 3, duplicates: 1 });
    expect(first.problems.map((p) => [p.row, p.kind, p.problem])).toEqual([
      [5, 'duplicate', 'The same person as row 2: skipped'],
    ]);

    const again = await ok(backend, 'import.commit', { ...file, onlyValidRows: false });
    expect(again).toMatchObject({ added: 0, duplicates: 4, batchId: null });
    expect(again.problems.every((p) => p.problem === 'Already in the register: skipped')).toBe(true);
    expect(workers(backend)).toEqual(GOOD_WORKERS);
  });

  it('undo removes exactly the people that import added, once, and is refused once one has a training record', async () => {
    const backend = await organisation();
    await ok(backend, 'worker.create', FLORENCE);
    const first = await ok(backend, 'import.commit', { ...registerCsv(GOOD.slice(0, 3)), onlyValidRows: false });
    const second = await ok(backend, 'import.commit', { ...registerCsv([HEADINGS, PRIYA]), onlyValidRows: false });

    const [zoe] = backend.ctx.db.prepare("SELECT id FROM worker WHERE name = 'Zoë Adebayo'").pluck().all() as number[];
    await ok(backend, 'training.record', {
      workerId: zoe ?? 0,
      requirementId: 'fire-safety',
      status: 'completed',
      completedOn: '2026-02-03',
      expiresOn: null,
      provider: '',
      notes: '',
    });
    const refused = await backend.call('import.undo', { batchId: first.batchId ?? 0 });
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual([
      'CONFLICT',
      'The import of register.csv cannot be undone: Zoë Adebayo (training) has records kept since. Mark them as leavers instead, or remove the others one by one',
    ]);
    expect(count(backend, 'worker')).toBe(4);

    const audits = count(backend, 'audit_log');
    expect(await ok(backend, 'import.undo', { batchId: second.batchId ?? 0 })).toEqual({
      batchId: second.batchId,
      withdrawn: 1,
    });
    expect(backend.ctx.db.prepare('SELECT name FROM worker ORDER BY id').pluck().all()).toEqual([
      'Florence Ndlovu',
      'Zoë Adebayo',
      'Connor O’Brien',
    ]);
    expect(count(backend, 'audit_log')).toBe(audits + 1);
    expect(backend.ctx.db.prepare('SELECT action, summary FROM audit_log ORDER BY id DESC LIMIT 1').get()).toEqual({
      action: 'import.undoRegister',
      summary: 'Undid the import of register.csv: removed 1 person',
    });
    expect((await ok(backend, 'import.list', {})).map((b) => [b.id, b.kind, b.added, b.undoneAt !== null])).toEqual([
      [second.batchId, 'register', 1, true],
      [first.batchId, 'register', 2, false],
    ]);
    const again = await backend.call('import.undo', { batchId: second.batchId ?? 0 });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
  });

  it('undo is refused, naming them, once people it added have had their details changed since', async () => {
    const backend = await organisation();
    const batch = await ok(backend, 'import.commit', { ...registerCsv(GOOD), onlyValidRows: false });
    const [zoe, , priya] = backend.ctx.db.prepare('SELECT id FROM worker ORDER BY id').pluck().all() as number[];
    const asImported = await ok(backend, 'worker.get', { id: zoe ?? 0 });
    await ok(backend, 'worker.update', { id: zoe ?? 0, fields: { ...asImported, name: 'Zoë Adebayo-Reid' } });
    await ok(backend, 'worker.markLeaver', { id: priya ?? 0, leavingDate: '2026-11-20' });

    const refused = await backend.call('import.undo', { batchId: batch.batchId ?? 0 });
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual([
      'CONFLICT',
      'The import of register.csv cannot be undone: the details of Zoë Adebayo-Reid and Priya Shah have been changed since. Remove people one by one instead',
    ]);
    expect(count(backend, 'worker')).toBe(3);
  });

  it('undo goes ahead when only a person removed before the import, whose id it reused, was changed', async () => {
    const backend = await organisation();
    const florence = await ok(backend, 'worker.create', FLORENCE);
    await ok(backend, 'worker.update', { id: florence.id, fields: { ...FLORENCE, hoursPerWeek: 30 } });
    await ok(backend, 'worker.removeMadeInError', { id: florence.id, reason: 'Added twice by mistake' });
    const batch = await ok(backend, 'import.commit', { ...registerCsv([HEADINGS, PRIYA]), onlyValidRows: false });
    expect(backend.ctx.db.prepare('SELECT id FROM worker').pluck().all()).toEqual([florence.id]);

    expect(await ok(backend, 'import.undo', { batchId: batch.batchId ?? 0 })).toEqual({
      batchId: batch.batchId,
      withdrawn: 1,
    });
    expect(count(backend, 'worker')).toBe(0);
  });

  it('remembers the register’s columns apart from the training records’, and refuses a column of the other kind', async () => {
    const backend = await organisation();
    const odd = [
      ['Who', 'Post', 'Paid by', 'From', 'Hrs'],
      ['Sam Okoro', 'SPLW', 'Riverside Surgery', '01/06/2025', '37.5'],
    ];
    const columns = { name: 0, role: 1, employer: 2, startDate: 3, hoursPerWeek: 4 };
    await ok(backend, 'import.commit', { ...registerCsv(odd), columns, onlyValidRows: false });

    const next = await ok(
      backend,
      'import.dryRun',
      registerCsv([odd[0] as string[], ['Ade Bello', 'HWBC', 'Riverside Surgery', '02/06/2025', '20']]),
    );
    expect(next).toMatchObject({ columns, ready: 1, invalid: 0 });
    const training = await ok(backend, 'import.dryRun', csvFile(odd));
    expect(training.columns.person).not.toBe(0);

    const refusals = [
      [{ person: 0 }, 'Person is not a column of staff register'],
      [{ ...columns, hoursPerWeek: 5 }, 'The file has no column 6 for Hours a week'],
    ] as const;
    for (const [chosen, message] of refusals) {
      const refused = await backend.call('import.dryRun', { ...registerCsv(odd), columns: chosen });
      expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual(['VALIDATION', message]);
    }
    // A field of the other kind left without a column is no matter.
    const lenient = await ok(backend, 'import.dryRun', { ...registerCsv(odd), columns: { ...columns, person: null } });
    expect(lenient.columns).toEqual({
      ...columns,
      basePractice: null,
      arrsFunded: null,
      leavingDate: null,
      supervisor: null,
      firstContact: null,
    });
  });
});
