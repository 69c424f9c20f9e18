import ExcelJS from 'exceljs';

/** A file as an import call carries it. */
export interface ImportFile {
  fileName: string;
  dataBase64: string;
}

type CellValue = string | number | Date | null;

const quoted = (value: string, delimiter: string) =>
  value.includes(delimiter) || value.includes('"') || value.includes('\n') ? `"${value.replaceAll('"', '""')}"` : value;

/** The characters windows-1252 puts where Latin-1 has control codes; the rest of its first 256 are Latin-1's. */
const WINDOWS_1252_EXTRAS: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** Text as Excel on Windows saves a "CSV": one byte a character, in windows-1252. */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = WINDOWS_1252_EXTRAS[c] ?? c.charCodeAt(0);
      if (code > 0xff) throw new Error(`${c} has no windows-1252 byte`);
      return code;
    }),
  );
}

/** A CSV file of these rows (the first the headings), as a spreadsheet program would save it. */
export function csvFile(
  rows: readonly (readonly CellValue[])[],
  options: { delimiter?: ',' | ';'; bom?: boolean; fileName?: string; encoding?: 'utf8' | 'windows-1252' } = {},
): ImportFile {
  const delimiter = options.delimiter ?? ',';
  const text = `${rows
    .map((row) => row.map((cell) => quoted(cell === null ? '' : String(cell), delimiter)).join(delimiter))
    .join('\r\n')}\r\n`;
  const bytes = Buffer.concat([
    options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
    options.encoding === 'windows-1252' ? windows1252(text) : Buffer.from(text, 'utf8'),
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
