import { formatUkDate } from '../../shared/rules/dates.ts';

/** Names Windows keeps for devices, whatever the extension: "CON.pdf" cannot be saved there. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Characters Windows or macOS refuse in a name (and control characters). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
const LONGEST_STEM = 100;

/** "16/11/2026" as a file name can hold it: "16-11-2026". */
export const fileNameDate = (iso: string): string => formatUkDate(iso).replaceAll('/', '-');

/**
 * Words made into a name every desktop can save: unsafe characters become spaces, runs of spaces one, no leading
 * or trailing dots or spaces, not a reserved device name, and not longer than a file system likes.
 */
export function safeStem(words: string): string {
  // Cut by characters, not UTF-16 units, so an emoji or accented letter is never split in half.
  const cleaned = Array.from(words.replace(UNSAFE, ' ').replace(/\s+/g, ' '))
    .slice(0, LONGEST_STEM)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned === '') return 'Untitled';
  return RESERVED.test(cleaned) ? `${cleaned} file` : cleaned;
}

/** Hands out names within one folder: a second "First aid - 01-02-2026.pdf" becomes "… (2).pdf", ignoring case. */
export class FolderNames {
  private readonly taken = new Set<string>();

  claim(stem: string, extension: string): string {
    const safe = safeStem(stem);
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? safe : `${safe} (${n})`}${extension}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}
