import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { FileDownload } from '../../shared/domain/files.ts';
import type { ImportField, ImportKind } from '../../shared/domain/imports.ts';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS_OF,
  IMPORT_KIND_LABELS,
  REQUIRED_IMPORT_FIELDS,
} from '../../shared/domain/imports.ts';
import { MAX_HOURS_PER_WEEK, ROLE_LABELS } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { listColleagues, listEmployers, listPractices } from '../pcn/queries.ts';
import { listRequirements } from '../requirements/queries.ts';
import { EXAMPLE_DATE, EXAMPLE_NAME } from './template-example.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DATE_FIELDS: ReadonlySet<ImportField> = new Set([
  'personStartDate',
  'completedOn',
  'expiresOn',
  'startDate',
  'leavingDate',
]);

type Example = Partial<Record<ImportField, string | number>>;

interface Template {
  example: Example;
  /** What to write in each column: a sentence, and the values Linkwork accepts when it knows them. */
  guide: Record<string, { how: string; values?: readonly string[] }>;
}

const names = (items: readonly { name: string }[]) => items.map((i) => i.name);

/** The register's template, its example naming the organisation's own employer, practice and supervisor. */
function registerTemplate(db: Database): Template {
  const [employers, practices, colleagues] = [listEmployers(db), listPractices(db), listColleagues(db)];
  const colleague = colleagues[0]?.name ?? '';
  return {
    example: {
      name: EXAMPLE_NAME,
      role: ROLE_LABELS.splw,
      employer: employers[0]?.name ?? 'Your employer',
      basePractice: practices[0]?.name ?? '',
      arrsFunded: 'Yes',
      startDate: EXAMPLE_DATE,
      hoursPerWeek: 37.5,
      supervisor: colleague,
      firstContact: colleague,
    },
    guide: {
      name: { how: 'Their full name, as the register should show it.' },
      role: {
        how: 'Their role. SPLW, Link worker, Care co-ordinator and HWBC are understood too.',
        values: Object.values(ROLE_LABELS),
      },
      employer: {
        how: 'Who employs them, as named in Linkwork (Organisation → Employers): add a new employer there first.',
        values: names(employers),
      },
      basePractice: {
        how: 'The member practice they are based at, by name or ODS code (Organisation → Member practices).',
        values: practices.map((p) => `${p.name} (${p.odsCode})`),
      },
      arrsFunded: { how: 'Yes or No (Y/N and True/False are understood). Left blank, it means Yes.' },
      startDate: { how: 'The day they started, as dd/mm/yyyy.' },
      leavingDate: { how: 'The day they left or will leave, as dd/mm/yyyy. Blank if they are staying.' },
      hoursPerWeek: { how: `Contracted hours a week: a number above 0 and up to ${MAX_HOURS_PER_WEEK}, like 37.5.` },
      supervisor: {
        how: 'Their supervisor, as named in Linkwork (Organisation → Supervisors and contacts).',
        values: names(colleagues),
      },
      firstContact: {
        how: 'Their first point of contact, as named in Linkwork (Organisation → Supervisors and contacts).',
        values: names(colleagues),
      },
    },
  };
}

/** The training records' template, its example the catalogue's course with the shortest title. */
function trainingTemplate(db: Database): Template {
  const courses = listRequirements(db).filter(
    (r) => r.retiredOn === null && r.kind === 'training' && r.check === 'record',
  );
  const [shortest] = courses.map((r) => r.title).sort((a, b) => a.length - b.length);
  return {
    example: {
      person: EXAMPLE_NAME,
      course: shortest ?? 'Fire safety',
      completedOn: EXAMPLE_DATE,
      provider: 'e-Learning for Healthcare',
    },
    guide: {
      person: { how: 'Their name, exactly as in Linkwork’s staff register.' },
      personStartDate: {
        how: 'Only needed when two people in the register share a name: the day this one started, as dd/mm/yyyy.',
      },
      course: {
        how: 'The requirement’s title in Linkwork’s catalogue. Other course names can be matched to one while importing.',
        values: courses.map((r) =>
          r.shortTitle && r.shortTitle !== r.title ? `${r.title} (or: ${r.shortTitle})` : r.title,
        ),
      },
      completedOn: { how: 'The day it was completed, as dd/mm/yyyy (not in the future).' },
      expiresOn: { how: 'The day it expires, as dd/mm/yyyy, if the certificate gives one.' },
      provider: { how: 'Who delivered it.' },
      notes: { how: 'Anything else worth keeping. Never a patient’s details.' },
    },
  };
}

const TEMPLATES: Record<ImportKind, (db: Database) => Template> = {
  register: registerTemplate,
  training: trainingTemplate,
};

const fileNameOf = (kind: ImportKind, extension: string) =>
  `Linkwork ${IMPORT_KIND_LABELS[kind].toLowerCase()} template.${extension}`;

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const HOW_TO = 'How to fill this in';

async function xlsxOf(kind: ImportKind, { example, guide }: Template): Promise<Buffer> {
  const fields: readonly ImportField[] = IMPORT_FIELDS_OF[kind];
  const required: readonly ImportField[] = REQUIRED_IMPORT_FIELDS[kind];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IMPORT_KIND_LABELS[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = fields.map((field) => {
    const value = example[field];
    const width = Math.max(IMPORT_FIELD_LABELS[field].length, String(value ?? '').length, 10) + 4;
    return {
      header: IMPORT_FIELD_LABELS[field],
      key: field,
      width,
      style: DATE_FIELDS.has(field) ? { numFmt: 'dd/mm/yyyy' } : {},
    };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(
    Object.fromEntries(
      fields.map((f) => {
        const value = example[f];
        return [f, typeof value === 'string' && DATE_FIELDS.has(f) ? isoToDate(value) : (value ?? null)];
      }),
    ),
  );

  const how = workbook.addWorksheet(HOW_TO);
  how.columns = [
    { header: 'Column', width: 24 },
    { header: 'Required', width: 10 },
    { header: 'What to write', width: 70 },
    { header: 'Accepted values', width: 45 },
  ];
  how.getRow(1).font = { bold: true };
  for (const field of fields) {
    const { how: sentence, values = [] } = guide[field] ?? { how: '' };
    const row = how.addRow([
      IMPORT_FIELD_LABELS[field],
      required.includes(field) ? 'Yes' : 'No',
      sentence,
      values.join('\n'),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  how.addRow([]);
  how.addRow([
    `Row 2 of the first sheet is an example (${EXAMPLE_NAME}, ${formatUkDate(EXAMPLE_DATE)}): Linkwork skips it when importing, so leave it or delete it. Keep the headings in row 1 as they are.`,
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** UTF-8 with a byte-order mark, so Excel opens "Zoë" as Zoë; dates as dd/mm/yyyy. */
function csvOf(kind: ImportKind, { example }: Template): Buffer {
  const fields: readonly ImportField[] = IMPORT_FIELDS_OF[kind];
  const cell = (field: ImportField) => {
    const value = example[field];
    return typeof value === 'string' && DATE_FIELDS.has(field) ? formatUkDate(value) : String(value ?? '');
  };
  const text = Papa.unparse([fields.map((f) => IMPORT_FIELD_LABELS[f]), fields.map(cell)], { newline: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')]);
}

/**
 * A spreadsheet to fill in for an import of the kind: its headings are the import's own (so they map back
 * exactly), with one example row that the import skips; the .xlsx adds a sheet saying what each column takes.
 */
export async function importTemplate(db: Database, kind: ImportKind, format: 'xlsx' | 'csv'): Promise<FileDownload> {
  const template = TEMPLATES[kind](db);
  const bytes = format === 'xlsx' ? await xlsxOf(kind, template) : csvOf(kind, template);
  return {
    fileName: fileNameOf(kind, format),
    mediaType: format === 'xlsx' ? XLSX_TYPE : 'text/csv',
    dataBase64: bytes.toString('base64'),
  };
}
