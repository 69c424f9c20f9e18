import type { Role } from '../../shared/domain/staff.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { matchKey } from './mapping.ts';
import type { Cell } from './parse.ts';
import { cellText } from './parse.ts';

/** How registers commonly write each role, as matched (case and spacing do not count). */
const ROLE_SPELLINGS: Record<Role, readonly string[]> = {
  splw: [
    'social prescribing link worker',
    'social prescribing link worker (splw)',
    'social prescriber',
    'social prescribing',
    'link worker',
    'splw',
  ],
  care_coordinator: ['care coordinator', 'care co-ordinator', 'care co ordinator', 'care_coordinator'],
  hwbc: [
    'health and wellbeing coach',
    'health & wellbeing coach',
    'health and well-being coach',
    'health and well being coach',
    'wellbeing coach',
    'hwbc',
    'hwc',
  ],
};

const ROLE_OF = new Map(
  (Object.entries(ROLE_SPELLINGS) as [Role, readonly string[]][]).flatMap(([role, spellings]) =>
    spellings.map((s): [string, Role] => [matchKey(s), role]),
  ),
);

/** The roles as the template and its guide write them. */
export const ROLE_WORDS = Object.values(ROLE_LABELS);
/** The roles as a problem lists them: "A, B or C". */
export const ROLE_CHOICES = `${ROLE_WORDS.slice(0, -1).join(', ')} or ${ROLE_WORDS.at(-1) ?? ''}`;

/** A role as written in a register ("SPLW", "Care co-ordinator", "Health and wellbeing coach"…), or undefined. */
export const roleOf = (text: string): Role | undefined => ROLE_OF.get(matchKey(text));

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

/** ARRS funded: yes/no, y/n or true/false; a blank cell is yes (most link workers are). Null when unreadable. */
export function yesNoOf(cell: Cell): boolean | null {
  const text = matchKey(cellText(cell));
  if (text === '' || YES.has(text)) return true;
  return NO.has(text) ? false : null;
}

/** Hours a week as a number ("37.5", 37.5); undefined when blank, NaN when not a number. */
export function hoursOf(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell);
  if (!text) return undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
