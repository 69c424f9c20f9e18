/**
 * NHS numbers are 10 digits whose last is a Modulus 11 check digit. Text that contains one must not be
 * stored in Linkwork (staff data only), so forms flag it before saving and the backend refuses it.
 */
const CANDIDATE = /(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)/g;

export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Every NHS-number-like run of digits in the text that passes the check digit, as written. */
export function findNhsNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    if (isValidNhsNumber(`${match[1]}${match[2]}${match[3]}`)) found.push(match[0]);
  }
  return found;
}
