import Box from '@mui/material/Box';
import { memo } from 'react';
import type { Matrix, MatrixRow } from '../../../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../../../shared/domain/compliance.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { cellParts, cellText } from '../../../../shared/rules/matrix-view.ts';
import { href } from '../../app/router.ts';
import { useVirtualRows } from '../../components/useVirtualRows.ts';
import { CELL_WIDTH, matrixSx, NAME_WIDTH, ROW_HEIGHT } from './matrixStyles.ts';

/** Memoised: while scrolling, rows that stay in view are not drawn again. */
const Row = memo(function Row({ matrix, row, index }: { matrix: Matrix; row: MatrixRow; index: number }) {
  return (
    <tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }}>
      <th scope="row">
        <a className="person" href={href(`staff/${row.workerId}/training`)}>
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

/** People down, requirements across; only the rows in view exist, so 5,000 people stay smooth. */
export function MatrixTable({ matrix, rows }: { matrix: Matrix; rows: MatrixRow[] }) {
  const { scroller, items, padTop, padBottom } = useVirtualRows(rows.length, ROW_HEIGHT, 3);

  return (
    <Box ref={scroller} sx={matrixSx}>
      <table
        aria-label="Training matrix"
        aria-rowcount={rows.length + 1}
        style={{ width: NAME_WIDTH + CELL_WIDTH * matrix.columns.length }}
      >
        <colgroup>
          <col style={{ width: NAME_WIDTH }} />
          {matrix.columns.map((c) => (
            <col key={c.id} style={{ width: CELL_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr>
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
            return <Row key={row.workerId} matrix={matrix} row={row} index={item.index} />;
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
        </tbody>
      </table>
      {rows.length === 0 && <Box sx={{ p: 2 }}>No one matches these filters.</Box>}
    </Box>
  );
}
