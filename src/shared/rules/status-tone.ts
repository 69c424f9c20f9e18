import type { ComplianceStatus } from './compliance.ts';
import { COMPLIANCE_LABELS } from './compliance.ts';
import { countOf } from './words.ts';

/**
 * What a colour means, the same on screen and on paper: red to act now, amber to act soon, a calm blue for
 * "outstanding but not yet due", green for done, grey for nothing asked.
 */
export const STATUS_TONES = ['danger', 'warning', 'calm', 'good', 'muted'] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

export const STATUS_TONE: Record<ComplianceStatus, StatusTone> = {
  overdue: 'danger',
  expired: 'danger',
  due: 'warning',
  expiring_soon: 'warning',
  not_yet_due: 'calm',
  complete: 'good',
  exempt: 'muted',
  not_required: 'muted',
};

export interface ToneColours {
  /** The tint behind the word. */
  bg: string;
  /** The word itself: at least 4.5:1 against `bg` (WCAG AA for small text). */
  fg: string;
  /** The edge, drawn thicker on the left so the tone shows even in grey print. */
  border: string;
}

export const TONE_COLOURS: Record<StatusTone, ToneColours> = {
  danger: { bg: '#fbe3e1', fg: '#8a1a11', border: '#d5281b' },
  warning: { bg: '#fff4d6', fg: '#6b4500', border: '#ed8b00' },
  calm: { bg: '#eaf2fb', fg: '#1d3f66', border: '#6f9fd8' },
  good: { bg: '#e3f4ea', fg: '#00612c', border: '#007f3b' },
  muted: { bg: '#f0f4f5', fg: '#4c6272', border: '#c2ccd1' },
};

export const statusColours = (status: ComplianceStatus): ToneColours => TONE_COLOURS[STATUS_TONE[status]];

export interface LegendEntry {
  status: ComplianceStatus;
  label: string;
  /** What the word means, in a few words. */
  meaning: string;
}

/** The one legend: every status with its word and meaning, most pressing first. */
export function statusLegend(expiringSoonDays: number): LegendEntry[] {
  const days = countOf(expiringSoonDays, 'day');
  const window = `within ${days}`;
  const meanings: Record<ComplianceStatus, string> = {
    overdue: 'past its due date',
    expired: 'past its expiry date',
    due: `due ${window}`,
    expiring_soon: `expires ${window}`,
    not_yet_due: `outstanding, due in more than ${days}`,
    complete: 'done and in date',
    exempt: 'waived for this person',
    not_required: 'not asked of this role',
  };
  return (Object.keys(STATUS_TONE) as ComplianceStatus[]).map((status) => ({
    status,
    label: COMPLIANCE_LABELS[status],
    meaning: meanings[status],
  }));
}
