import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { MatrixCell, MatrixRow } from '../../src/shared/domain/compliance.ts';
import type { ComplianceReport } from '../../src/shared/domain/reports.ts';
import { decodeMatrix } from '../../src/shared/rules/matrix-wire.ts';
import { ok, testBackend } from '../support/backend.ts';
import { examplePeople } from '../support/example-people.ts';
import { linkWorker } from '../support/link-worker.ts';
import { pdfText } from '../support/pdf-text.ts';

const NOW = '2026-11-24T10:00:00Z';
const TODAY = '2026-11-24';

interface Expected {
  required: number;
  current: number;
  dueSoon: number;
  overdue: number;
  exempt: number;
  percent: number | null;
}

/** The figures worked out here from the matrix's cells, without the report's code. */
function expectedOf(cells: readonly MatrixCell[]): Expected {
  const has = (...statuses: string[]) => cells.filter((c) => statuses.includes(c.s)).length;
  const required = cells.length - has('not_required', 'exempt');
  const current = has('complete', 'expiring_soon');
  return {
    required,
    current,
    dueSoon: has('due', 'expiring_soon'),
    overdue: has('overdue', 'expired'),
    exempt: has('exempt'),
    percent: required === 0 ? null : Math.round((current / required) * 1000) / 10,
  };
}

async function matrixRows(backend: Backend): Promise<{ columns: string[]; rows: MatrixRow[] }> {
  const matrix = decodeMatrix(await ok(backend, 'compliance.matrix', {}));
  const stillHere = (r: MatrixRow) => r.leavingDate === null || r.leavingDate >= TODAY;
  return { columns: matrix.columns.map((c) => c.id), rows: matrix.rows.filter(stillHere) };
}

/** Each group's requirements that apply to anyone in it, with the expected figures. */
function expectedGroup(columns: string[], rows: readonly MatrixRow[]) {
  return columns
    .map((columnId, i) => ({ columnId, ...expectedOf(rows.map((r) => r.cells[i] as MatrixCell)) }))
    .filter((e) => e.required + e.exempt > 0);
}

const asFigures = (report: ComplianceReport) =>
  report.groups.map((g) => ({
    name: g.name,
    headcount: g.headcount,
    requirements: g.requirements.map(({ title: _title, ...figures }) => figures),
  }));

describe('compliance reports by practice and by employer', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = testBackend(NOW);
    await ok(backend, 'app.loadExample', {});
  });

  it('counts each practice and each employer as the matrix does, leavers left out', async () => {
    const { columns, rows } = await matrixRows(backend);
    const practices = await ok(backend, 'practice.list', {});
    const employers = await ok(backend, 'employer.list', {});

    const byPractice = await ok(backend, 'report.compliance', { by: 'practice' });
    expect(byPractice.today).toBe(TODAY);
    expect(asFigures(byPractice)).toEqual(
      practices.map((p) => {
        const here = rows.filter((r) => r.basePracticeId === p.id);
        return { name: p.name, headcount: here.length, requirements: expectedGroup(columns, here) };
      }),
    );

    const byEmployer = await ok(backend, 'report.compliance', { by: 'employer' });
    expect(asFigures(byEmployer)).toEqual(
      employers.map((e) => {
        const theirs = rows.filter((r) => r.employerId === e.id);
        return { name: e.name, headcount: theirs.length, requirements: expectedGroup(columns, theirs) };
      }),
    );
    // Everyone current is in exactly one group, and some groups have real figures to check.
    expect(byEmployer.groups.reduce((n, g) => n + g.headcount, 0)).toBe(rows.length);
    expect(byPractice.groups.some((g) => g.requirements.some((r) => r.overdue > 0))).toBe(true);

    // A group's overall % is the matrix headline over its people: compliant cells over required cells.
    for (const group of byPractice.groups) {
      const here = rows.filter((r) => r.basePracticeId === group.id);
      expect(group.percent).toEqual(expectedOf(here.flatMap((r) => r.cells)).percent);
    }
  });

  it('puts the people with no base practice in a group of their own', async () => {
    await ok(backend, 'worker.create', linkWorker({ name: 'Nomad Floating', basePracticeId: null }));
    const report = await ok(backend, 'report.compliance', { by: 'practice' });
    const last = report.groups.at(-1);
    expect(last).toMatchObject({ id: null, name: 'No base practice', odsCode: null, headcount: 1 });
  });

  it('writes the CSV as one row per group and requirement, named with the PCN, grouping and date', async () => {
    const report = await ok(backend, 'report.compliance', { by: 'practice' });
    const csv = await ok(backend, 'report.complianceCsv', { by: 'practice' });
    expect(csv.fileName).toBe('compliance-by-practice-riverside-and-millbrook-pcn-24-11-2026.csv');
    const parsed = Papa.parse<string[]>(csv.text.replace(/^\ufeff/, '').trim());
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([
      'Practice',
      'ODS code',
      'Requirement',
      'People required',
      'Current',
      'Due or expiring soon',
      'Overdue or expired',
      'Exempt',
      '% compliant',
      'People in practice',
      'Practice % compliant',
      'As at',
    ]);
    expect(rows).toEqual(
      report.groups.flatMap((g) =>
        g.requirements.map((r) => [
          g.name,
          g.odsCode,
          r.title,
          String(r.required),
          String(r.current),
          String(r.dueSoon),
          String(r.overdue),
          String(r.exempt),
          r.percent === null ? '' : r.percent.toFixed(1),
          String(g.headcount),
          g.percent === null ? '' : g.percent.toFixed(1),
          '24/11/2026',
        ]),
      ),
    );

    const byEmployer = await ok(backend, 'report.complianceCsv', { by: 'employer' });
    expect(byEmployer.fileName).toBe('compliance-by-employer-riverside-and-millbrook-pcn-24-11-2026.csv');
    expect(byEmployer.text).toMatch(/^\ufeffEmployer,Requirement,People required,/);
  });

  it("prints a practice's PDF with its name, the date and each person based there and no one else", async () => {
    const { rows } = await matrixRows(backend);
    const report = await ok(backend, 'report.compliance', { by: 'practice' });
    const practice = report.groups.find((g) => g.headcount > 0 && g.id !== null);
    if (!practice?.id) throw new Error('The example has no practice with anyone based there');

    const file = await ok(backend, 'report.practicePdf', { practiceId: practice.id });
    expect(file.mediaType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^compliance-[a-z0-9-]+-riverside-and-millbrook-pcn-24-11-2026\.pdf$/);
    const text = await pdfText(Buffer.from(file.dataBase64, 'base64'));
    expect(text).toContain(`Staff compliance: ${practice.name}`);
    expect(text).toContain(`practice ODS code ${practice.odsCode}`);
    expect(text).toContain('As at 24/11/2026');
    expect(text).toContain(`${practice.percent?.toFixed(1)}% compliant`);
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('Generated by Linkwork for tester on 24/11/2026');
    for (const row of rows) {
      if (row.basePracticeId === practice.id) expect(text, row.name).toContain(row.name);
      else expect(text, row.name).not.toContain(row.name);
    }
  });

  it("prints an employer's PDF with each person it employs and no one else", async () => {
    const { rows } = await matrixRows(backend);
    const employer = (await ok(backend, 'employer.list', {})).find((e) => e.kind === 'subcontracted');
    if (!employer) throw new Error('The example has no sub-contracted provider');
    const file = await ok(backend, 'report.employerPdf', { employerId: employer.id });
    const text = await pdfText(Buffer.from(file.dataBase64, 'base64'));
    expect(text).toContain(`Staff compliance: ${employer.name}`);
    expect(text).toContain('Riverside and Millbrook PCN · sub-contracted provider');
    expect(text).toContain(`People employed by ${employer.name}`);
    const theirs = rows.filter((r) => r.employerId === employer.id);
    expect(theirs.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (row.employerId === employer.id) expect(text, row.name).toContain(row.name);
      else expect(text, row.name).not.toContain(row.name);
    }
  });

  it('gives a clear one-page PDF for a practice where no one is based', async () => {
    const { id } = await ok(backend, 'practice.create', { name: 'Quiet Lane Surgery', odsCode: 'B99001' });
    const file = await ok(backend, 'report.practicePdf', { practiceId: id });
    const text = await pdfText(Buffer.from(file.dataBase64, 'base64'));
    expect(text.split('\f')).toHaveLength(1);
    expect(text).toContain('No one in the staff register is based at Quiet Lane Surgery.');
    expect(text).toContain('0 people based at Quiet Lane Surgery.');
    expect(text).toContain('Page 1 of 1');
  });

  it('answers NOT_FOUND for a practice or employer that does not exist', async () => {
    const answer = await backend.call('report.practicePdf', { practiceId: 9999 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const employer = await backend.call('report.employerPdf', { employerId: 9999 });
    expect(employer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses workers and supervisors in team mode, and lets the viewer read', async () => {
    const { callers } = await examplePeople(backend);
    for (const who of ['W', 'supW'] as const) {
      for (const call of [
        backend.callAs(callers[who], 'report.compliance', { by: 'practice' }),
        backend.callAs(callers[who], 'report.complianceCsv', { by: 'employer' }),
        backend.callAs(callers[who], 'report.practicePdf', { practiceId: 1 }),
        backend.callAs(callers[who], 'report.employerPdf', { employerId: 1 }),
      ])
        expect(await call, who).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await backend.callAs(callers.viewer, 'report.compliance', { by: 'employer' })).toMatchObject({ ok: true });
  });
});
