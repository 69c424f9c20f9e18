import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Matrix, MatrixRow } from '../../../../shared/domain/compliance.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { cellParts } from '../../../../shared/rules/matrix-view.ts';
import { inGroupsOf, printedColumns, PRINTABLE_PEOPLE } from '../../../../shared/rules/printable.ts';
import { printSx } from './matrixStyles.ts';

/** As many requirements as fit across A4 landscape beside the names. */
const COLUMNS_PER_PAGE = 8;

/**
 * The matrix as it prints from the browser or the desktop: the people shown against a page-width of
 * requirements at a time, each table's header row repeated on every page, as the PDF does it.
 */
export function MatrixPrint({ matrix, rows }: { matrix: Matrix; rows: readonly MatrixRow[] }) {
  if (rows.length > PRINTABLE_PEOPLE.matrix) {
    return (
      <Typography>
        {`${rows.length.toLocaleString('en-GB')} people are too many to print (at most ${PRINTABLE_PEOPLE.matrix.toLocaleString('en-GB')}): narrow the filters, or export the CSV.`}
      </Typography>
    );
  }
  const printed = printedColumns(matrix.columns, rows);
  const groups = inGroupsOf(printed, COLUMNS_PER_PAGE);
  const leftOut = matrix.columns.length - printed.length;
  return (
    <Box sx={printSx}>
      {leftOut > 0 && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {`${leftOut} ${leftOut === 1 ? 'requirement applies' : 'requirements apply'} to no one shown and ${leftOut === 1 ? 'is' : 'are'} left out.`}
        </Typography>
      )}
      {groups.map(({ first, items: columns }) => (
        <div className="group" key={first}>
          {groups.length > 1 && (
            <p className="group-title">{`Requirements ${first + 1} to ${first + columns.length} of ${printed.length}`}</p>
          )}
          <table aria-label={`Training matrix, requirements ${first + 1} to ${first + columns.length}`}>
            <colgroup>
              <col style={{ width: '16%' }} />
              {columns.map(({ column }) => (
                <col key={column.id} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Person</th>
                {columns.map(({ column }) => (
                  <th scope="col" key={column.id} title={column.title}>
                    {column.shortTitle}
                    {column.blocksClaim && <span className="role">blocks claim</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.workerId}>
                  <th scope="row">
                    {row.name}
                    <span className="role">{ROLE_LABELS[row.role]}</span>
                  </th>
                  {columns.map(({ column, index }) => {
                    const cell = row.cells[index];
                    if (!cell) return <td key={column.id} />;
                    const { status, detail } = cellParts(cell, matrix.today);
                    return (
                      <td key={column.id}>
                        <span className={`status status-${cell.s}`}>
                          <b>{status}</b>
                          {detail && <span>{detail}</span>}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </Box>
  );
}
