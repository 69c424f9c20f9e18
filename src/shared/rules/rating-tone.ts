import { roundToPlaces } from './money.ts';
import type { ToneColours } from './status-tone.ts';
import { TONE_COLOURS } from './status-tone.ts';

/**
 * The heat map's colours for agreed ratings: one sequence of blues, pale for 0 to strong for 3, so a rating never
 * borrows a status colour (red means overdue, amber due soon). Each meets 4.5:1 for its text.
 */
export const RATING_COLOURS: readonly ToneColours[] = [
  { bg: '#f4f8fc', fg: '#1d3f66', border: '#c6d9ee' },
  { bg: '#d6e6f7', fg: '#12355c', border: '#8fb5e3' },
  { bg: '#8db8e6', fg: '#0b2545', border: '#4f8fd4' },
  { bg: '#005eb8', fg: '#ffffff', border: '#003d78' },
];

/** An average as the heat map writes it: one decimal place, or a dash when nothing is agreed. */
export const ratingFigure = (value: number | null): string =>
  value === null ? '—' : roundToPlaces(value, 1).toFixed(1);

/** The whole rating an average falls in, as written (1.95 shows as 2.0, so it is coloured as 2). */
export function ratingBand(value: number | null): number | null {
  return value === null ? null : Math.min(3, Math.max(0, Math.floor(roundToPlaces(value, 1))));
}

export function ratingColours(value: number | null): ToneColours {
  const band = ratingBand(value);
  return band === null ? TONE_COLOURS.muted : (RATING_COLOURS[band] as ToneColours);
}

/** The key to the colours, in the PCN's own rating words. */
export function ratingLegend(
  labels: readonly string[],
): { key: string; label: string; meaning: string; colours: ToneColours }[] {
  return [
    ...RATING_COLOURS.map((colours, band) => ({
      key: String(band),
      label: `${band} ${labels[band] ?? ''}`.trim(),
      meaning: band === 3 ? 'average 3.0' : `average ${band}.0 to ${band}.9`,
      colours,
    })),
    { key: 'none', label: '—', meaning: 'no agreed rating', colours: TONE_COLOURS.muted },
  ];
}
