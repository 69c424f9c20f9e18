/** Money is integer pence everywhere; this is the one place a fraction of a penny is rounded (half up). */
export function roundPence(exact: number): number {
  return Math.floor(exact + 0.5 + 1e-9);
}

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** 267727 → "£2,677.27". */
export function formatPounds(pence: number): string {
  return POUNDS.format(pence / 100);
}
