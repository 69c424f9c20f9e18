import type { CanvasElement, Column, Content, TableCell } from 'pdfmake/interfaces.js';
import type { AreaSummary } from '../../shared/rules/competencies.ts';

const PLOT = 230; // points from rating 0 to rating 3
const TITLES = 200;
const ROW = 18;
const BLUE = '#005eb8';
const PALE = '#aeb7bd';
const GRID = '#d8dde0';
const GREY = '#425563';

const at = (rating: number) => (rating / 3) * PLOT;

/** The plot of one area: gridlines at 0 to 3, the target dashed, the agreed average as a bar, the self-rating under it. */
function bars(area: AreaSummary, target: number): CanvasElement[] {
  const grid = [0, 1, 2, 3].map((r): CanvasElement => ({
    type: 'line',
    x1: at(r),
    y1: 0,
    x2: at(r),
    y2: ROW,
    lineWidth: 0.5,
    lineColor: GRID,
  }));
  const dashed: CanvasElement = {
    type: 'line',
    x1: at(target),
    y1: 0,
    x2: at(target),
    y2: ROW,
    lineWidth: 1,
    lineColor: GREY,
    dash: { length: 2 },
  };
  const bar = (value: number | null, y: number, h: number, color: string): CanvasElement[] =>
    value === null ? [] : [{ type: 'rect', x: 0, y, w: Math.max(at(value), 1), h, color }];
  return [...grid, ...bar(area.agreedAverage, 3, 8, BLUE), ...bar(area.selfAverage, 12, 4, PALE), dashed];
}

const figure = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** The scale under the plot: 0 at its left edge, 3 at its right, 1 and 2 centred on their gridlines. */
const scale: Content = {
  columns: [
    { width: PLOT / 6, text: '0' },
    { width: PLOT / 3, text: '1', alignment: 'center' },
    { width: PLOT / 3, text: '2', alignment: 'center' },
    { width: PLOT / 6, text: '3', alignment: 'right' },
  ],
  columnGap: 0,
  fontSize: 8,
  color: GREY,
};

const swatch = (color: string, h: number): Column => ({
  canvas: [{ type: 'rect', x: 0, y: (9 - h) / 2, w: 14, h, color }],
  width: 18,
});

/**
 * The competency profile: each area's agreed average as a bar on the 0–3 scale, the worker's own average as a thin
 * grey bar under it and the target as a dashed line, drawn as vector shapes; the figures are printed beside each bar.
 */
export function profileChart(areas: readonly AreaSummary[], labels: readonly string[], target: number): Content {
  const rows = areas.map((area): TableCell[] => [
    { text: area.title, fontSize: 9, margin: [0, 3, 6, 0] },
    { canvas: bars(area, target) },
    {
      text: `${figure(area.agreedAverage)} (self ${figure(area.selfAverage)})`,
      fontSize: 8,
      color: GREY,
      margin: [6, 4, 0, 0],
    },
  ]);
  const layout = { hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 0, paddingBottom: () => 0 };
  return {
    stack: [
      { text: 'Profile: agreed ratings by area', style: 'heading' },
      {
        table: { widths: [TITLES, PLOT, '*'], body: [...rows, ['', scale, '']] },
        layout: { ...layout, paddingLeft: () => 0, paddingRight: () => 0 },
      },
      {
        columns: [
          swatch(BLUE, 8),
          { text: 'Agreed rating, area average', width: 'auto', margin: [0, 0, 14, 0] },
          swatch(PALE, 4),
          { text: "Worker's self-rating, area average", width: 'auto', margin: [0, 0, 14, 0] },
          {
            canvas: [{ type: 'line', x1: 7, y1: 0, x2: 7, y2: 9, lineWidth: 1, lineColor: GREY, dash: { length: 2 } }],
            width: 18,
          },
          { text: `Target: ${target} ${labels[target] ?? ''}`, width: 'auto' },
        ],
        fontSize: 8,
        color: GREY,
        margin: [0, 8, 0, 0],
      },
      {
        text: `Scale: ${labels.map((l, i) => `${i} ${l}`).join(' · ')}`,
        fontSize: 8,
        color: GREY,
        margin: [0, 4, 0, 0],
      },
    ],
    unbreakable: true,
  };
}
