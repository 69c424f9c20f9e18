import ExcelJS from 'exceljs';

/** A file as an import call carries it. */
export interface ImportFile {
  fileName: string;
  dataBase64: string;
}

type CellValue = string | number | Date | null;

const quoted = (value: string, delimiter: string) =>
  value.includes(delimiter) || value.includes('"') || value.includes('\n') ? `"${value.replaceAll('"', '""')}"` : value;

/** A CSV file of these rows (the first the headings), as a spreadsheet program would save it. */
export function csvFile(
  rows: readonly (readonly CellValue[])[],
  options: { delimiter?: ',' | ';'; bom?: boolean; fileName?: string } = {},
): ImportFile {
  const delimiter = options.delimiter ?? ',';
  const text = rows
    .map((row) => row.map((cell) => quoted(cell === null ? '' : String(cell), delimiter)).join(delimiter))
    .join('\r\n');
  const bytes = Buffer.concat([
    options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
    Buffer.from(`${text}\r\n`, 'utf8'),
  ]);
  return { fileName: options.fileName ?? 'training.csv', dataBase64: bytes.toString('base64') };
}

/** An .xlsx workbook written by ExcelJS, its first sheet holding these rows (Date values become date cells). */
export async function xlsxFile(
  rows: readonly (readonly CellValue[])[],
  fileName = 'training.xlsx',
): Promise<ImportFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Training');
  for (const row of rows) sheet.addRow([...row]);
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName, dataBase64: Buffer.from(buffer).toString('base64') };
}
