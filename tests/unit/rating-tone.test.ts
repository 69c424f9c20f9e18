import { describe, expect, it } from 'vitest';
import {
  RATING_COLOURS,
  ratingBand,
  ratingColours,
  ratingFigure,
  ratingLegend,
} from '../../src/shared/rules/rating-tone.ts';
import { TONE_COLOURS } from '../../src/shared/rules/status-tone.ts';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('heat map colours', () => {
  it('colour an average by the whole rating it shows as', () => {
    expect(ratingBand(null)).toBeNull();
    expect(ratingBand(0)).toBe(0);
    expect(ratingBand(1.94)).toBe(1);
    expect(ratingFigure(1.94)).toBe('1.9');
    expect(ratingBand(1.95)).toBe(2);
    expect(ratingFigure(1.95)).toBe('2.0');
    expect(ratingBand(3)).toBe(3);
    expect(ratingFigure(null)).toBe('—');
    expect(ratingColours(2.5)).toBe(RATING_COLOURS[2]);
    expect(ratingColours(null)).toBe(TONE_COLOURS.muted);
  });

  it('never borrow the red or amber of a status, and keep every figure readable (4.5:1)', () => {
    for (const colours of RATING_COLOURS) {
      expect([TONE_COLOURS.danger.bg, TONE_COLOURS.warning.bg]).not.toContain(colours.bg);
      expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('have a key in the PCN’s own rating words', () => {
    const legend = ratingLegend(['Not yet', 'Developing', 'Competent', 'Proficient']);
    expect(legend.map((l) => `${l.label}: ${l.meaning}`)).toEqual([
      '0 Not yet: average 0.0 to 0.9',
      '1 Developing: average 1.0 to 1.9',
      '2 Competent: average 2.0 to 2.9',
      '3 Proficient: average 3.0',
      '—: no agreed rating',
    ]);
  });
});
