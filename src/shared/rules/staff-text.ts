/**
 * Every free-text field in Linkwork holds staff data only. Text is stored as the same characters however it was
 * typed or pasted (NFC), never carries control characters or broken halves of characters, is not "filled in" with
 * invisible characters alone, and is refused when it looks like it holds an NHS number.
 */
import { findNhsNumbers } from './nhs-number.ts';

/** Characters that draw nothing (zero-width space, joiners, word joiner, byte-order mark, soft hyphen...). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const EDGES = /^[\s\p{Default_Ignorable_Code_Point}]+|[\s\p{Default_Ignorable_Code_Point}]+$/gu;
/** Control characters, with the line breaks and tabs a multi-line field keeps left out. */
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES = /(?![\n\t])\p{Cc}/u;
const LINE_BREAK = /[\n\u2028\u2029]/;
/** Half of a surrogate pair on its own (what String.prototype.isWellFormed finds; not yet in our TypeScript lib). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface StaffTextRules {
  /** The most characters it may have. */
  max: number;
  /** Notes, reflections and the like keep line breaks and tabs; any other field is one line. */
  multiline?: boolean;
  /** It must be filled in: the message when nothing visible is left. */
  required?: string;
  /** The fewest characters it needs, and the message when it has fewer. */
  min?: readonly [length: number, message: string];
  /** The message when it has more than `max` characters. */
  tooLong?: string;
}

/** The form text is stored in: NFC, line breaks as \n, no spaces or invisible characters at either end. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(EDGES, '');
}

/** Whether nothing would show: empty, or spaces and invisible characters only. */
export const isBlank = (text: string): boolean => text.replace(INVISIBLE, '').trim() === '';

/** The warning a form shows, and the refusal the backend gives, when text looks like it holds an NHS number. */
export function nhsNumberWarning(text: string): string | null {
  const found = findNhsNumbers(text);
  return found.length
    ? `This looks like an NHS number (${found.join(', ')}): remove patient identifiers before saving`
    : null;
}

/** Why normalised text cannot be stored under these rules, or null when it can. */
export function staffTextProblem(text: string, rules: StaffTextRules): string | null {
  if (LONE_SURROGATE.test(text))
    return 'This has a broken character (half of a pair): type it again rather than pasting it';
  if (!rules.multiline && LINE_BREAK.test(text)) return 'Keep this to one line';
  if ((rules.multiline ? CONTROL_BUT_LINES : CONTROL).test(text))
    return 'This has a control character that cannot be stored: type it again rather than pasting it';
  if (isBlank(text)) return rules.required ?? rules.min?.[1] ?? null;
  if (rules.min && text.length < rules.min[0]) return rules.min[1];
  if (text.length > rules.max) return rules.tooLong ?? `Use ${rules.max} characters or fewer`;
  return nhsNumberWarning(text);
}
