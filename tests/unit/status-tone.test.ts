import { describe, expect, it } from 'vitest';
import type { RuleFacts, WorkerFacts } from '../../src/shared/rules/compliance.ts';
import { COMPLIANCE_LABELS, COMPLIANCE_STATUSES, requirementStatus } from '../../src/shared/rules/compliance.ts';
import { STATUS_TONE, statusColours, statusLegend, TONE_COLOURS } from '../../src/shared/rules/status-tone.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

describe('status colours by meaning', () => {
  it('keeps red for overdue and expired only, amber for due soon and expiring soon', () => {
    const toned = (tone: string) => COMPLIANCE_STATUSES.filter((s) => STATUS_TONE[s] === tone);
    expect(toned('danger')).toEqual(['overdue', 'expired']);
    expect(toned('warning')).toEqual(['due', 'expiring_soon']);
    expect(toned('calm')).toEqual(['not_yet_due']);
    expect(toned('good')).toEqual(['complete']);
    expect(toned('muted')).toEqual(['exempt', 'not_required']);
  });

  it("shows a new starter's far-off item calmly, with a word that says it is not yet due", () => {
    const rule: RuleFacts = {
      roles: ['splw'],
      due: { type: 'after_start', months: 6 },
      renewalMonths: null,
      check: 'record',
      appliesFrom: '2020-01-01',
    };
    const starter: WorkerFacts = {
      role: 'splw',
      startDate: '2026-11-03',
      leavingDate: null,
      supervisorId: null,
      firstContactId: null,
    };
    const far = requirementStatus(rule, starter, [], null, '2026-11-16', { expiringSoonDays: 90 });
    expect(far).toMatchObject({ status: 'not_yet_due', date: '2027-05-03' });
    expect(STATUS_TONE[far.status]).toBe('calm');
    expect(COMPLIANCE_LABELS[far.status]).toBe('Not yet due');
    const near = requirementStatus(rule, starter, [], null, '2027-03-01', { expiringSoonDays: 90 });
    expect(STATUS_TONE[near.status]).toBe('warning');
    expect(COMPLIANCE_LABELS[near.status]).toBe('Due soon');
  });

  it('gives every status a word and every tone a readable word colour (WCAG AA, 4.5:1)', () => {
    for (const status of COMPLIANCE_STATUSES) expect(COMPLIANCE_LABELS[status]).toMatch(/^[A-Z]/);
    for (const colours of Object.values(TONE_COLOURS)) expect(contrast(colours.fg, colours.bg)).toBeGreaterThan(4.5);
    expect(new Set(Object.values(TONE_COLOURS).map((c) => c.bg)).size).toBe(Object.keys(TONE_COLOURS).length);
    expect(statusColours('expired')).toBe(TONE_COLOURS.danger);
  });

  it('has one legend with every status once, most pressing first, naming the window', () => {
    const legend = statusLegend(90);
    expect(legend.map((e) => e.status)).toEqual([
      'overdue',
      'expired',
      'due',
      'expiring_soon',
      'not_yet_due',
      'complete',
      'exempt',
      'not_required',
    ]);
    expect(legend.find((e) => e.status === 'due')).toEqual({
      status: 'due',
      label: 'Due soon',
      meaning: 'due within 90 days',
    });
    expect(legend.find((e) => e.status === 'not_yet_due')?.meaning).toBe('outstanding, due in more than 90 days');
    expect(statusLegend(1).find((e) => e.status === 'expiring_soon')?.meaning).toBe('expires within 1 day');
  });
});
