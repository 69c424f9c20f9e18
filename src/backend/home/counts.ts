import type { MatrixCell, MatrixRow } from '../../shared/domain/compliance.ts';
import type { ItemCount } from '../../shared/domain/home.ts';

/** How many cells match, and in how many people's rows: what a click on the count shows in the filtered matrix. */
export function countCells(rows: readonly MatrixRow[], matches: (cell: MatrixCell) => boolean): ItemCount {
  let items = 0;
  let people = 0;
  for (const row of rows) {
    const n = row.cells.reduce((sum, cell) => (matches(cell) ? sum + 1 : sum), 0);
    items += n;
    if (n > 0) people++;
  }
  return { items, people };
}
