import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { megabytes } from '../../shared/domain/evidence-limits.ts';
import { invalidField } from '../errors.ts';

/** One cell as the file holds it: text from a CSV; text, a number or a date from a spreadsheet. */
export type Cell = string | number | Date | null;

/** A row of cells and its number as the spreadsheet shows it (the heading row is 1). */
export interface SheetRow {
  row: number;
  cells: Cell[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The file's bytes, refused when they are not base64, empty or over the app's file-size limit. */
export function fileBytes(fileName: string, dataBase64: string, maxBytes: number): Buffer {
  if (!BASE64.test(dataBase64)) throw invalidField('dataBase64', `${fileName} could not be read`);
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw invalidField('dataBase64', `${fileName} is empty`);
  if (bytes.length > maxBytes)
    throw invalidField('dataBase64', `${fileName} is ${megabytes(bytes.length)}; the limit is ${megabytes(maxBytes)}`);
  return bytes;
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && !c.trim()));

function sheetOf(numbered: SheetRow[], fileName: string): Sheet {
  const filled = numbered.filter((r) => !isBlank(r.cells));
  const [heading, ...rows] = filled;
  if (!heading || rows.length === 0)
    throw invalidField('dataBase64', `${fileName} has no rows under its headings to import`);
  return { headers: heading.cells.map((c) => cellText(c)), rows };
}

/** A cell as the user would read it, for headings and for quoting a value back. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * A CSV file's text: UTF-8 (a byte-order mark dropped), or, when its bytes are not valid UTF-8, windows-1252,
 * which is what Excel on Windows saves as "CSV" (so "Zoë", "£" and curly quotes come through).
 */
function csvText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** CSV in UTF-8 or windows-1252, separated by commas, semicolons or tabs. */
function parseCsv(bytes: Buffer, fileName: string): Sheet {
  const text = csvText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'] });
  return sheetOf(
    parsed.data.map((cells, i) => ({ row: i + 1, cells })),
    fileName,
  );
}

/** What ExcelJS gives for a cell, as a plain value: a formula's result, a link's or rich text's words. */
function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('result' in value) return excelCell(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  return null;
}

/** The first worksheet of an .xlsx workbook. */
async function parseXlsx(bytes: Buffer, fileName: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalidField('dataBase64', `${fileName} could not be read as an Excel workbook`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalidField('dataBase64', `${fileName} has no worksheet`);
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based, with holes where cells are empty
    rows.push({ row: number, cells: Array.from(values.slice(1), (v) => excelCell(v)) });
  });
  return sheetOf(rows, fileName);
}

/** The file's rows: an .xlsx workbook (known by its content), otherwise CSV. */
export function parseSheet(bytes: Buffer, fileName: string): Sheet | Promise<Sheet> {
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip) return parseXlsx(bytes, fileName);
  if (fileName.toLowerCase().endsWith('.xlsx'))
    throw invalidField('dataBase64', `${fileName} could not be read as an Excel workbook`);
  return parseCsv(bytes, fileName);
}
