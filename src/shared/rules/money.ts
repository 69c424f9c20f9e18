/**
 * Money is integer pence everywhere, and on-cost percentages are integer basis points (hundredths of a percent).
 * This is the one place a fraction of a penny is rounded: half up, once, at the end of a calculation.
 */
export function roundPence(exact: number): number {
  // The small allowance keeps a half penny that floating point stores as 0.49999… rounding up, as written.
  return Math.floor(exact + 0.5 + 1e-9);
}

/** A figure that is not money (an average, a percentage shown to one place) rounded for display. */
export function roundToPlaces(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Pounds held as a floating-point number (only old data: see migration 007) in pence, half a penny rounding up. */
export function penceFromPounds(pounds: number): number {
  return roundPence(pounds * 100);
}

/** A percentage held as a floating-point number (only old data) in basis points: 14.38 → 1438. */
export function basisPointsFromPercent(percent: number): number {
  return roundPence(percent * 100);
}

/** A share of an amount: 8% (800 basis points) of £2,500.00 → £200.00. */
export function percentOfPence(pence: number, basisPoints: number): number {
  return roundPence((pence * basisPoints) / 10000);
}

/** The PCN's ARRS sum: weighted population × the year's rate per weighted patient (in tenths of a penny). */
export function arrsSumPence(weightedPopulation: number, tenthPencePerPatient: number): number {
  return roundPence((weightedPopulation * tenthPencePerPatient) / 10);
}

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** 267727 → "£2,677.27". */
export function formatPounds(pence: number): string {
  return POUNDS.format(pence / 100);
}

/** 22671 tenths of a penny → "£22.671". */
export function formatTenthPence(tenthPence: number): string {
  return `£${(tenthPence / 1000).toFixed(3)}`;
}

/** 1438 → "14.38%". */
export function formatBasisPoints(basisPoints: number): string {
  return `${String(basisPoints / 100)}%`;
}

/** Pence as someone would type them back into a form: 250000 → "2500.00". */
export function penceAsTyped(pence: number): string {
  return (pence / 100).toFixed(2);
}

/** Basis points as typed: 1438 → "14.38". */
export function basisPointsAsTyped(basisPoints: number): string {
  return String(basisPoints / 100);
}

/** Tenths of a penny as typed: 22671 → "22.671". */
export function tenthPenceAsTyped(tenthPence: number): string {
  return (tenthPence / 1000).toFixed(3);
}

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const AMOUNT = /^(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;
/** Beyond this many digits a typed amount is a slip of the finger, and past what a number holds exactly. */
const MAX_DIGITS = 12;

/**
 * A decimal number as typed, in whole units of 10^-places, without floating point: "1,234.5" at 2 places → 123450.
 * Commas must group thousands; a leading £ (or a trailing %) is the caller's to strip.
 */
function parseDecimal(text: string, places: number, what: { example: string; tooPrecise: string }): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter an amount, such as ${what.example}` };
  if (/^[-−–]/.test(trimmed)) return { ok: false, message: 'The amount cannot be negative' };
  const m = AMOUNT.exec(trimmed);
  const whole = m?.[1]?.replaceAll(',', '') ?? '';
  const fraction = m?.[2] ?? '';
  if (!m || (whole === '' && fraction === ''))
    return { ok: false, message: `Write the amount in figures, such as ${what.example}` };
  if (fraction.length > places) return { ok: false, message: what.tooPrecise };
  const digits = `${whole}${fraction.padEnd(places, '0')}`.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return { ok: false, message: 'That amount is too large' };
  return { ok: true, value: Number(digits) };
}

/** What people type for money, in pence: "£1,234.5" → 123450, "30000" → 3000000; "12.345", "-5" and "ten" are refused. */
export function parsePounds(text: string): Parsed {
  return parseDecimal(text.trim().replace(/^£\s*/, ''), 2, {
    example: '1,234.56',
    tooPrecise: 'Use pounds and pence: at most two figures after the point',
  });
}

/** A typed percentage in basis points: "14.38" or "14.38%" → 1438; at most 100%. */
export function parsePercent(text: string): Parsed {
  const parsed = parseDecimal(text.trim().replace(/\s*%$/, ''), 2, {
    example: '14.38',
    tooPrecise: 'Use at most two figures after the point',
  });
  if (parsed.ok && parsed.value > 10000) return { ok: false, message: 'A percentage is at most 100' };
  return parsed;
}

/** A typed rate per weighted patient in tenths of a penny: "£22.671" → 22671. */
export function parseTenthPence(text: string): Parsed {
  return parseDecimal(text.trim().replace(/^£\s*/, ''), 3, {
    example: '22.671',
    tooPrecise: 'Use at most three figures after the point',
  });
}
