/**
 * Calendar dates travel as ISO `YYYY-MM-DD` strings and are shown as dd/mm/yyyy.
 * These helpers never touch the local time zone, so a date is the same date everywhere.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `2025-04-01` → `01/04/2025`; an empty value shows as an empty string. */
export function formatUkDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `1/4/2025` or `01/04/2025` → `2025-04-01`; anything else (including 31/02/2025) → null. */
export function parseUkDate(text: string): string | null {
  const m = UK_DATE.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

// Building an Intl formatter is costly; these are made once.
const UK_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The calendar date of an instant as seen in the UK (Europe/London). */
export function ukDateOf(instant: Date): string {
  const parts = UK_DAY.formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** An instant as `dd/mm/yyyy hh:mm` UK time, for audit trails and sign-offs. */
export function formatUkDateTime(isoInstant: string): string {
  const d = new Date(isoInstant);
  if (Number.isNaN(d.getTime())) return isoInstant;
  return `${formatUkDate(ukDateOf(d))} ${UK_TIME.format(d)}`;
}

/** The UK day of an instant as `dd/mm/yyyy` (23:30 UTC on a summer evening is already the next day in the UK). */
export function formatUkDayOf(isoInstant: string): string {
  const d = new Date(isoInstant);
  return Number.isNaN(d.getTime()) ? isoInstant : formatUkDate(ukDateOf(d));
}

/** Financial years run 1 April to 31 March and are written `2025/26`. */
export function financialYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return `${start}/${pad((start + 1) % 100)}`;
}

/**
 * Days since 1970-01-01 for an ISO date, by civil-calendar arithmetic (H. Hinnant's algorithm):
 * no Date objects, because compliance runs this hundreds of thousands of times.
 */
export function dayNumber(iso: string): number {
  let y =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    iso.charCodeAt(3) -
    48;
  const m = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48;
  const d = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number (the inverse of `dayNumber`). */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Adds (or with a negative number, subtracts) whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return days === 0 ? iso : fromDayNumber(dayNumber(iso) + days);
}

const digits = (iso: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + iso.charCodeAt(i) - 48;
  return n;
};

const isoOf = (year: number, month: number, day: number): string =>
  `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;

/** Adds calendar months, keeping the day where it exists and otherwise taking the month's last day (29/02 + 12 months = 28/02). */
export function addMonths(iso: string, months: number): string {
  if (months === 0) return iso;
  const index = digits(iso, 0, 4) * 12 + (digits(iso, 5, 2) - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoOf(y, m, Math.min(digits(iso, 8, 2), daysInMonth(y, m)));
}

/** The last day of the month a date falls in. */
export function endOfMonth(iso: string): string {
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 2);
  return isoOf(year, month, daysInMonth(year, month));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2025-10` → `October 2025`. */
export function formatMonth(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}
