import { isCalendarYear } from '../../shared/rules/plausible.ts';
import type { Cell } from './parse.ts';

/** Excel counts days from 30/12/1899 (its 1900 leap-year slip included), so serial 1 is 01/01/1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const isoOf = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
};

const fromSerial = (serial: number): string | null =>
  Number.isInteger(serial) && serial > 0 ? new Date(EXCEL_EPOCH_MS + serial * DAY_MS).toISOString().slice(0, 10) : null;

function fromText(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (uk) return isoOf(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  if (/^\d{1,6}$/.test(text)) return fromSerial(Number(text));
  return null;
}

/**
 * A date cell as an ISO date: dd/mm/yyyy or d/m/yyyy, ISO, an Excel serial number, or a date cell. `undefined` when
 * the cell is empty; null when it holds something that is not a real date (31/02/2026, 2026-13-01, "soon").
 */
export function dateOfCell(cell: Cell): string | null | undefined {
  if (cell === null || (typeof cell === 'string' && !cell.trim())) return undefined;
  let iso: string | null;
  if (cell instanceof Date) iso = Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  else if (typeof cell === 'number') iso = fromSerial(cell);
  else iso = fromText(cell.trim());
  return iso && isCalendarYear(iso) ? iso : null;
}
