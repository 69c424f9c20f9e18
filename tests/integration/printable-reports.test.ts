import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { FileDownload } from '../../src/shared/domain/files.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { matrixFilterWords } from '../../src/shared/rules/filter-words.ts';
import { matrixCsvRows } from '../../src/shared/rules/matrix-csv.ts';
import type { MatrixFilter } from '../../src/shared/rules/matrix-view.ts';
import { filterMatrixRows, NO_FILTER } from '../../src/shared/rules/matrix-view.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';
import { printedColumns } from '../../src/shared/rules/printable.ts';
import { accountFor } from '../support/accounts.ts';
import { ok, testBackend } from '../support/backend.ts';
import { pcnWithGp, linkWorker } from '../support/pcn.ts';
import { pdfText } from '../support/pdf-text.ts';

const NOW = '2026-11-16T10:00:00Z';
const BY_NAME: InputOf<'worker.registerPdf'>['view'] = {
  search: '',
  showLeavers: false,
  sort: { key: 'name', descending: false },
};

const textOf = (file: FileDownload) => pdfText(Buffer.from(file.dataBase64, 'base64'));
const timesIn = (text: string, words: string) => text.split(words).length - 1;

async function examplePcn(): Promise<Backend> {
  const backend = testBackend(NOW);
  await ok(backend, 'app.loadExample', {});
  return backend;
}

async function matrixOf(backend: Backend) {
  return decodeMatrix(await ok(backend, 'compliance.matrix', {}));
}

describe('the printable training matrix', () => {
  it('prints everyone shown with the date, the filters and the legend; the header row on every page; each person once per page-width of requirements', async () => {
    const backend = await examplePcn();
    const file = await ok(backend, 'compliance.matrixPdf', { filter: NO_FILTER });
    expect(file).toMatchObject({ fileName: 'training-matrix-2026-11-16.pdf', mediaType: 'application/pdf' });

    const text = await textOf(file);
    const pages = text.split('\f');
    expect(pages[0]).toContain('Training matrix');
    expect(pages[0]).toContain('As at 16/11/2026. Filters: leavers not shown.');
    expect(pages[0]).toMatch(
      /Overdue\s+Expired\s+Due soon\s+Expiring soon\s+Not yet due\s+Complete\s+Exempt\s+Not required/,
    );
    expect(pages[0]).toContain('due within 90 days');
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page, `page ${i + 1} repeats the header row`).toMatch(/^Person\s/m);
    });

    const matrix = await matrixOf(backend);
    const shown = filterMatrixRows(matrix, NO_FILTER);
    expect(printedColumns(matrix.columns, shown)).toHaveLength(matrix.columns.length);
    const groups = Math.ceil(matrix.columns.length / 9);
    expect(text).toContain(`Requirements 1 to 9 of ${matrix.columns.length}`);
    for (const row of shown) expect(timesIn(text, row.name), row.name).toBe(groups);
  });

  it('prints only the people the filters show, and names the filters', async () => {
    const backend = await examplePcn();
    const matrix = await matrixOf(backend);
    const filter: MatrixFilter = { ...NO_FILTER, role: 'care_coordinator', employerId: 1 };
    const shown = filterMatrixRows(matrix, filter);
    const hidden = matrix.rows.filter((r) => !shown.includes(r));
    expect(shown.length).toBeGreaterThan(0);

    const text = await textOf(await ok(backend, 'compliance.matrixPdf', { filter }));
    expect(text).toContain('Filters: role: Care coordinator; employer: Riverside Surgery; leavers not shown.');
    const printed = printedColumns(matrix.columns, shown);
    const leftOut = matrix.columns.length - printed.length;
    expect(leftOut).toBeGreaterThan(0);
    expect(text).toContain(`${leftOut} requirements apply to no one shown and are left out.`);
    expect(text).not.toContain('e-LfH programme');
    expect(text).toContain(`${shown.length} of ${matrix.rows.length} people;`);
    for (const row of shown) expect(text).toContain(row.name);
    for (const row of hidden) expect(text).not.toContain(row.name);
  });

  it("shows a new starter's far-off requirement as not yet due, and a nearer one as due soon", async () => {
    const backend = testBackend(NOW);
    await pcnWithGp(backend);
    await ok(backend, 'worker.create', linkWorker({ name: 'Nia Starter', startDate: '2026-11-03' }));
    const text = await textOf(await ok(backend, 'compliance.matrixPdf', { filter: NO_FILTER }));
    expect(text).toMatch(/Not yet due\s/);
    expect(text).toContain('due 03/05/2027');
    expect(text).toMatch(/Due soon\s/);
    expect(text).toContain('by 03/02/2027');
    expect(text).not.toContain('Missing');
  });

  it('says when no one is in the register yet, and when no one matches', async () => {
    const empty = testBackend(NOW);
    await pcnWithGp(empty);
    const none = await textOf(await ok(empty, 'compliance.matrixPdf', { filter: NO_FILTER }));
    expect(none).toContain('No one is in the staff register yet.');
    expect(none).not.toContain('% compliant');

    const example = await examplePcn();
    const filter = { ...NO_FILTER, search: 'nobody by this name' };
    const unmatched = await textOf(await ok(example, 'compliance.matrixPdf', { filter }));
    expect(unmatched).toContain('No one matches these filters.');
    expect(unmatched).toContain('Filters: name contains “nobody by this name”; leavers not shown.');
  });

  it('refuses an employer or practice that does not exist, naming it', async () => {
    const backend = await examplePcn();
    const answer = await backend.call('compliance.matrixPdf', { filter: { ...NO_FILTER, employerId: 999 } });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No employer with id 999 was found' },
    });
    const practice = await backend.call('compliance.matrixPdf', { filter: { ...NO_FILTER, practiceId: 999 } });
    expect(practice).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses more people than a printout holds, and says what to do instead', async () => {
    const backend = testBackend(NOW);
    await pcnWithGp(backend);
    for (let i = 1; i <= 601; i++) await ok(backend, 'worker.create', linkWorker({ name: `Worker ${i}` }));
    const answer = await backend.call('compliance.matrixPdf', { filter: NO_FILTER });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'The printable matrix holds up to 600 people and 601 match these filters: narrow them by employer, practice or role, or export the CSV for everyone.',
      },
    });
    const fewer = await ok(backend, 'compliance.matrixPdf', { filter: { ...NO_FILTER, search: 'Worker 1' } });
    expect(await textOf(fewer)).toContain('Worker 100');
  }, 60_000);
});

describe('the printable staff register', () => {
  it('prints the register searched and sorted as on the page, saying so', async () => {
    const backend = await examplePcn();
    const people = await ok(backend, 'worker.list', {});
    const withAli = people.filter((w) => w.name.includes('Ali')).sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
    expect(withAli.length).toBeGreaterThan(1);

    const file = await ok(backend, 'worker.registerPdf', {
      view: { search: 'ali', showLeavers: false, sort: { key: 'startDate', descending: true } },
    });
    expect(file.fileName).toBe('staff-register-2026-11-16.pdf');
    const text = await textOf(file);
    expect(text).toContain('Staff register');
    expect(text).toContain(
      'As at 16/11/2026. Filters: search: “ali”; leavers not shown. Sorted by start date, descending.',
    );
    expect(text).toContain(`${withAli.length} of ${people.length} workers.`);
    expect(text).toMatch(/^Name\s+Role\s+Employer\s+Base practice\s+Start date\s+WTE\s+Named supervisor\s+Status/m);
    const order = withAli.map((w) => text.indexOf(w.name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('shows a leaver only when leavers are shown, with their last day', async () => {
    const backend = testBackend(NOW);
    await pcnWithGp(backend);
    const leaver = await ok(backend, 'worker.create', linkWorker({ name: 'Lena Left' }));
    await ok(backend, 'worker.markLeaver', { id: leaver.id, leavingDate: '2026-10-31' });
    await ok(backend, 'worker.create', linkWorker({ name: 'Sam Stays' }));

    const hidden = await textOf(await ok(backend, 'worker.registerPdf', { view: BY_NAME }));
    expect(hidden).not.toContain('Lena Left');
    expect(hidden).toContain('1 of 2 workers.');
    const shown = await textOf(await ok(backend, 'worker.registerPdf', { view: { ...BY_NAME, showLeavers: true } }));
    expect(shown).toMatch(/Lena Left.*Left 31\/10\/2026/);
    expect(shown).toContain('Filters: none (everyone).');
  });

  it('holds only the people the caller may see', async () => {
    const backend = await examplePcn();
    const people = await ok(backend, 'worker.list', {});
    const [self, other] = people;
    if (!self || !other) throw new Error('The example has at least two workers');
    const { caller } = await accountFor(backend, { kind: 'worker', id: self.id }, 'self@nhs.net');
    const answer = await backend.callAs(caller, 'worker.registerPdf', { view: BY_NAME });
    if (!answer.ok) throw new Error(answer.error.message);
    const text = await textOf(answer.value);
    expect(text).toContain(self.name);
    expect(text).not.toContain(other.name);
    expect(text).toContain('1 of 1 worker.');
  });
});

describe('the matrix CSV from the backend’s matrix', () => {
  it('puts status and date in separate columns, and names the filters of a partial export', async () => {
    const backend = await examplePcn();
    const matrix = await matrixOf(backend);
    const names = { employer: () => 'Employer', practice: () => 'Practice' };
    const rows = matrixCsvRows(matrix, matrix.rows, names);
    const header = rows[0] as string[];
    expect(header.slice(0, 5)).toEqual(['Name', 'Role', 'Employer', 'Base practice', 'Start date']);
    expect(header).toHaveLength(5 + matrix.columns.length * 2);
    expect(header).toContain('Induction: status');
    expect(header).toContain('Induction: date');
    for (const row of rows.slice(1)) {
      for (let column = 5; column < row.length; column += 2) {
        expect(row[column]).toMatch(
          /^(Overdue|Expired|Due soon|Expiring soon|Not yet due|Complete|Exempt|Not required)/,
        );
        expect(row[column + 1]).toMatch(/^(\d\d\/\d\d\/\d{4})?$/);
      }
    }

    const filter: MatrixFilter = { ...NO_FILTER, role: 'hwbc' };
    const shown = filterMatrixRows(matrix, filter);
    const partial = matrixCsvRows(matrix, shown, names, matrixFilterWords(filter, names));
    expect(partial[0]).toEqual([
      `Filters: role: Health and wellbeing coach; leavers not shown. ${shown.length} of ${matrix.rows.length} people, as at 16/11/2026.`,
    ]);
    expect(partial).toHaveLength(shown.length + 2);
  });
});
