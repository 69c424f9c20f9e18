import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Matrix, MatrixRow } from '../../../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../../../shared/domain/compliance.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { cellText } from '../../../../shared/rules/matrix-view.ts';
import { href } from '../../app/router.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';

const ROW_HEIGHT = 56;
const NAME_WIDTH = 220;
const CELL_WIDTH = 128;

const stickyHead = { position: 'sticky', top: 0, zIndex: 2, bgcolor: '#e8edee' } as const;
const stickyName = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  borderRight: '1px solid #d8dde0',
} as const;
const cellBase = {
  borderBottom: '1px solid #e8edee',
  px: 1,
  py: 0.5,
  textAlign: 'left',
  verticalAlign: 'middle',
} as const;

/** People down, requirements across; only the rows in view exist, so 5,000 people stay smooth. */
export function MatrixTable({ matrix, rows }: { matrix: Matrix; rows: MatrixRow[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = NAME_WIDTH + CELL_WIDTH * matrix.columns.length;

  return (
    <Box
      ref={scroller}
      sx={{
        overflow: 'auto',
        height: 'calc(100vh - 330px)',
        minHeight: 320,
        border: '1px solid #d8dde0',
        borderRadius: 1,
      }}
    >
      <Box
        component="table"
        aria-label="Training matrix"
        aria-rowcount={rows.length + 1}
        sx={{ borderCollapse: 'separate', borderSpacing: 0, width, tableLayout: 'fixed', fontSize: '0.8rem' }}
      >
        <colgroup>
          <col style={{ width: NAME_WIDTH }} />
          {matrix.columns.map((c) => (
            <col key={c.id} style={{ width: CELL_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <Box component="th" scope="col" sx={{ ...cellBase, ...stickyHead, left: 0, zIndex: 3, fontWeight: 600 }}>
              Person
            </Box>
            {matrix.columns.map((c) => (
              <Box
                component="th"
                scope="col"
                key={c.id}
                title={c.title}
                sx={{ ...cellBase, ...stickyHead, fontWeight: 600, lineHeight: 1.25 }}
              >
                {c.shortTitle}
                {c.blocksClaim && (
                  <Box
                    component="span"
                    sx={{ display: 'block', fontWeight: 400, color: 'text.secondary', fontSize: '0.7rem' }}
                  >
                    blocks claim
                  </Box>
                )}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const row = rows[item.index] as MatrixRow;
            return (
              <tr key={row.workerId} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <Box component="th" scope="row" sx={{ ...cellBase, ...stickyName, fontWeight: 400 }}>
                  <Link
                    href={href(`staff/${row.workerId}/training`)}
                    underline="hover"
                    sx={{ fontWeight: 500, display: 'block' }}
                    noWrap
                  >
                    {row.name}
                  </Link>
                  <Box
                    component="span"
                    sx={{ color: 'text.secondary', fontSize: '0.72rem', display: 'block' }}
                    title={`Started ${formatUkDate(row.startDate)}`}
                  >
                    {ROLE_LABELS[row.role]}
                  </Box>
                </Box>
                {row.cells.map((cell, i) => {
                  const column = matrix.columns[i];
                  if (!column) return null;
                  const target = column.id === INDUCTION_COLUMN ? 'induction' : `training?requirement=${column.id}`;
                  return (
                    <Box component="td" key={column.id} sx={cellBase}>
                      <Link
                        href={href(`staff/${row.workerId}/${target}`)}
                        underline="none"
                        aria-label={`${row.name}, ${column.title}: ${cellText(cell)}`}
                        sx={{ display: 'block' }}
                      >
                        <StatusBadge
                          status={cell.s}
                          detail={
                            cell.p
                              ? `${cell.p[0]} of ${cell.p[1]}` +
                                (cell.d && cell.p[0] < cell.p[1] ? ` · ${formatUkDate(cell.d)}` : '')
                              : cell.d
                                ? formatUkDate(cell.d)
                                : undefined
                          }
                        />
                      </Link>
                    </Box>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
        </tbody>
      </Box>
      {rows.length === 0 && <Box sx={{ p: 2 }}>No one matches these filters.</Box>}
    </Box>
  );
}
