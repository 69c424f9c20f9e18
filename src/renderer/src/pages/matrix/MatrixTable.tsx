import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { Matrix, MatrixRow } from '../../../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../../../shared/domain/compliance.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { cellParts, cellText } from '../../../../shared/rules/matrix-view.ts';
import { onOpeningLink } from '../../app/heading-focus.ts';
import { href } from '../../app/router.ts';
import type { GridPosition } from '../../components/grid-navigation.ts';
import { clampToGrid, moveInGrid } from '../../components/grid-navigation.ts';
import { useVirtualRows } from '../../components/useVirtualRows.ts';
import type { RowSelection } from './useRowSelection.ts';
import { CELL_WIDTH, matrixSx, NAME_WIDTH, ROW_HEIGHT } from './matrixStyles.ts';

const HINT_ID = 'matrix-keys';
const ignore = () => undefined;

/** The grid position a cell's link stands for, from its data attributes. */
function positionOf(element: EventTarget | null): GridPosition | null {
  if (!(element instanceof HTMLElement) || element.dataset.row === undefined) return null;
  return { row: Number(element.dataset.row), column: Number(element.dataset.column) };
}

/**
 * One person's row. Memoised: while scrolling, rows that stay in view are not drawn again, and moving the
 * keyboard's cell draws only the rows it leaves and enters (`tabColumn` is null in every other row).
 */
const Row = memo(function Row({
  matrix,
  row,
  index,
  tabColumn,
  selected,
  onToggle,
}: {
  matrix: Matrix;
  row: MatrixRow;
  index: number;
  tabColumn: number | null;
  /** Null when this person cannot pick rows (only the lead records for several people). */
  selected: boolean | null;
  onToggle(workerId: number): void;
}) {
  const stop = (column: number) => ({
    tabIndex: tabColumn === column ? 0 : -1,
    'data-row': index,
    'data-column': column,
  });
  return (
    <tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }}>
      <th scope="row">
        {selected !== null && (
          <input
            type="checkbox"
            className="pick no-print"
            tabIndex={-1}
            checked={selected}
            onChange={() => onToggle(row.workerId)}
            aria-label={`Select ${row.name}`}
          />
        )}
        <a className="person" href={href(`staff/${row.workerId}/training`)} {...stop(0)}>
          {row.name}
        </a>
        <span className="role">{ROLE_LABELS[row.role]}</span>
      </th>
      {row.cells.map((cell, i) => {
        const column = matrix.columns[i];
        if (!column) return null;
        const target = column.id === INDUCTION_COLUMN ? 'induction' : `training?requirement=${column.id}`;
        const { status, detail } = cellParts(cell, matrix.today);
        return (
          <td key={column.id}>
            <a
              className="cell"
              href={href(`staff/${row.workerId}/${target}`)}
              aria-label={`${row.name}, ${column.title}: ${cellText(cell, matrix.today)}`}
              {...stop(i + 1)}
            >
              <span className={`status status-${cell.s}`}>
                <b>{status}</b> {detail && <span>{detail}</span>}
              </span>
            </a>
          </td>
        );
      })}
    </tr>
  );
});

/**
 * People down, requirements across; only the rows in view exist, so 5,000 people stay smooth. The grid is one
 * Tab stop: the arrow keys, Home, End, Page Up and Page Down move between cells (the WAI-ARIA grid pattern),
 * and Enter opens the cell's record with focus on its heading.
 */
export function MatrixTable({
  matrix,
  rows,
  selection,
}: {
  matrix: Matrix;
  rows: MatrixRow[];
  selection: RowSelection | null;
}) {
  const { scroller, items, padTop, padBottom, scrollToIndex } = useVirtualRows(rows.length, ROW_HEIGHT, 3);
  const size = { rows: rows.length, columns: matrix.columns.length + 1, pageRows: Math.max(1, items.length - 6) };
  const [remembered, setRemembered] = useState<GridPosition>({ row: 0, column: 0 });
  const active = clampToGrid(remembered, size);
  const moved = useRef(false);
  const toggle = selection?.toggle ?? ignore;

  // The Tab stop is the remembered cell; if its row has scrolled out of the page, the first row drawn.
  const drawn = items.some((item) => item.index === active.row);
  const tabRow = drawn ? active.row : (items[0]?.index ?? 0);

  useLayoutEffect(() => {
    if (!moved.current) return;
    const cell = scroller.current?.querySelector<HTMLElement>(
      `[data-row="${active.row}"][data-column="${active.column}"]`,
    );
    if (!cell) return; // Not drawn yet: the scroll brings it in, and this runs again.
    moved.current = false;
    cell.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    // Space on a person's name picks them, as a grid's Space selects its row.
    const picked = event.key === ' ' && active.column === 0 ? rows[active.row] : undefined;
    if (selection && picked) {
      event.preventDefault();
      selection.toggle(picked.workerId);
      return;
    }
    const next = moveInGrid(active, event, size);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    setRemembered(next);
    scrollToIndex(next.row);
  };

  return (
    <>
      <Typography id={HINT_ID} variant="body2" color="text.secondary" className="no-print" sx={{ mb: 0.5 }}>
        The matrix is one stop for the Tab key: move between cells with the arrow keys, Home and End, and open a record
        with Enter.{selection && ' Space on a name selects that person.'}
      </Typography>
      <Box ref={scroller} sx={matrixSx}>
        <table
          role="grid"
          aria-label="Training matrix"
          aria-describedby={HINT_ID}
          aria-rowcount={rows.length + 1}
          aria-colcount={size.columns}
          style={{ width: NAME_WIDTH + CELL_WIDTH * matrix.columns.length }}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const at = positionOf(event.target);
            if (at && (at.row !== active.row || at.column !== active.column)) setRemembered(at);
          }}
          onClick={onOpeningLink}
        >
          <colgroup>
            <col style={{ width: NAME_WIDTH }} />
            {matrix.columns.map((c) => (
              <col key={c.id} style={{ width: CELL_WIDTH }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Person</th>
              {matrix.columns.map((c) => (
                <th scope="col" key={c.id} title={c.title}>
                  {c.shortTitle}
                  {c.blocksClaim && <span className="blocks">blocks claim</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
            {items.map((item) => {
              const row = rows[item.index] as MatrixRow;
              return (
                <Row
                  key={row.workerId}
                  matrix={matrix}
                  row={row}
                  index={item.index}
                  tabColumn={item.index === tabRow ? active.column : null}
                  selected={selection ? selection.has(row.workerId) : null}
                  onToggle={toggle}
                />
              );
            })}
            {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
          </tbody>
        </table>
      </Box>
    </>
  );
}
