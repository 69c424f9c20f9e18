import { describe, expect, it } from 'vitest';
import type { GridPosition } from '../../src/renderer/src/components/grid-navigation.ts';
import { clampToGrid, moveInGrid } from '../../src/renderer/src/components/grid-navigation.ts';

const size = { rows: 40, columns: 24, pageRows: 10 };
const press = (at: GridPosition, key: string, ctrl = false) =>
  moveInGrid(at, { key, ctrlKey: ctrl, metaKey: false }, size);

describe('moving through the matrix with the keyboard (WAI-ARIA grid)', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(press({ row: 5, column: 5 }, 'ArrowUp')).toEqual({ row: 4, column: 5 });
    expect(press({ row: 5, column: 5 }, 'ArrowDown')).toEqual({ row: 6, column: 5 });
    expect(press({ row: 5, column: 5 }, 'ArrowLeft')).toEqual({ row: 5, column: 4 });
    expect(press({ row: 5, column: 5 }, 'ArrowRight')).toEqual({ row: 5, column: 6 });
    expect(press({ row: 0, column: 0 }, 'ArrowUp')).toEqual({ row: 0, column: 0 });
    expect(press({ row: 0, column: 0 }, 'ArrowLeft')).toEqual({ row: 0, column: 0 });
    expect(press({ row: 39, column: 23 }, 'ArrowDown')).toEqual({ row: 39, column: 23 });
    expect(press({ row: 39, column: 23 }, 'ArrowRight')).toEqual({ row: 39, column: 23 });
  });

  it('goes to the ends of the row with Home and End, and of the grid with Ctrl (or Cmd)', () => {
    expect(press({ row: 7, column: 9 }, 'Home')).toEqual({ row: 7, column: 0 });
    expect(press({ row: 7, column: 9 }, 'End')).toEqual({ row: 7, column: 23 });
    expect(press({ row: 7, column: 9 }, 'Home', true)).toEqual({ row: 0, column: 0 });
    expect(press({ row: 7, column: 9 }, 'End', true)).toEqual({ row: 39, column: 23 });
    expect(moveInGrid({ row: 7, column: 9 }, { key: 'End', ctrlKey: false, metaKey: true }, size)).toEqual({
      row: 39,
      column: 23,
    });
  });

  it('moves a screenful with Page Up and Page Down, stopping at the first and last rows', () => {
    expect(press({ row: 15, column: 3 }, 'PageDown')).toEqual({ row: 25, column: 3 });
    expect(press({ row: 35, column: 3 }, 'PageDown')).toEqual({ row: 39, column: 3 });
    expect(press({ row: 4, column: 3 }, 'PageUp')).toEqual({ row: 0, column: 3 });
  });

  it('leaves every other key, Enter and Tab included, to the browser', () => {
    for (const key of ['Enter', 'Tab', ' ', 'a', 'Escape']) expect(press({ row: 1, column: 1 }, key)).toBeNull();
  });

  it('keeps a remembered position inside a grid that has shrunk', () => {
    expect(clampToGrid({ row: 30, column: 30 }, { rows: 3, columns: 24, pageRows: 10 })).toEqual({
      row: 2,
      column: 23,
    });
    expect(clampToGrid({ row: 3, column: 3 }, { rows: 0, columns: 24, pageRows: 10 })).toEqual({ row: 0, column: 3 });
  });
});
