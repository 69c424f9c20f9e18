/** Where the keyboard is in a grid of cells: a row and a column, both counted from 0. */
export interface GridPosition {
  row: number;
  column: number;
}

export interface GridSize {
  rows: number;
  columns: number;
  /** How many rows Page Up and Page Down move: about a screenful. */
  pageRows: number;
}

export interface GridKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** A position kept inside the grid, as rows come and go with the filters. */
export function clampToGrid(at: GridPosition, size: GridSize): GridPosition {
  return {
    row: Math.max(0, Math.min(at.row, size.rows - 1)),
    column: Math.max(0, Math.min(at.column, size.columns - 1)),
  };
}

/**
 * The WAI-ARIA grid pattern's keys: arrows move a cell, Home and End to the row's ends, Ctrl+Home and Ctrl+End
 * to the grid's first and last cells, Page Up and Page Down a screenful. Null for any other key, which the grid
 * leaves to the browser (Enter follows the cell's link). Pure, so the keys are tested without a browser.
 */
export function moveInGrid(at: GridPosition, key: GridKey, size: GridSize): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  const whole = key.ctrlKey || key.metaKey;
  const to = (row: number, column: number) => clampToGrid({ row, column }, size);
  switch (key.key) {
    case 'ArrowUp':
      return to(at.row - 1, at.column);
    case 'ArrowDown':
      return to(at.row + 1, at.column);
    case 'ArrowLeft':
      return to(at.row, at.column - 1);
    case 'ArrowRight':
      return to(at.row, at.column + 1);
    case 'Home':
      return whole ? to(0, 0) : to(at.row, 0);
    case 'End':
      return whole ? to(lastRow, lastColumn) : to(at.row, lastColumn);
    case 'PageUp':
      return to(at.row - size.pageRows, at.column);
    case 'PageDown':
      return to(at.row + size.pageRows, at.column);
    default:
      return null;
  }
}
