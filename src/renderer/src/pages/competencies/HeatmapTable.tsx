import type { SxProps, Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { memo } from 'react';
import type { HeatmapFramework, HeatmapRow } from '../../../../shared/domain/competencies.ts';
import { formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { ratingColours, ratingFigure } from '../../../../shared/rules/rating-tone.ts';
import { href } from '../../app/router.ts';
import { useVirtualRows } from '../../components/useVirtualRows.ts';

const ROW_HEIGHT = 49;
/** The area titles' row: tall enough for a title over three lines, so the team's row can stick just under it. */
const TITLES_HEIGHT = 78;

const cellSx = { px: 1, py: 0.5, textAlign: 'center', fontSize: '0.85rem', borderBottom: '1px solid #fff' } as const;

/** An average, written and coloured by the rating it falls in; `sx` adds to the cell's look. */
function RatingCell({ value, sx }: { value: number | null; sx?: SxProps<Theme> }) {
  const colours = ratingColours(value);
  return (
    <TableCell sx={[{ ...cellSx, bgcolor: colours.bg, color: colours.fg }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {ratingFigure(value)}
    </TableCell>
  );
}

/** The people's rows are plain elements styled once here, so scrolling through thousands stays smooth. */
const bodySx = {
  '& tbody th': {
    px: 2,
    py: 0.5,
    textAlign: 'left',
    fontWeight: 400,
    overflow: 'hidden',
    borderBottom: '1px solid',
    borderColor: 'divider',
  },
  '& tbody th a': {
    color: 'primary.main',
    fontSize: '0.875rem',
    fontWeight: 500,
    textDecoration: 'none',
    '&:hover, &:focus-visible': { textDecoration: 'underline' },
  },
  '& tbody th span': {
    display: 'block',
    fontSize: '0.75rem',
    color: 'text.secondary',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  '& tbody td': { px: 1, py: 0.5, textAlign: 'center', fontSize: '0.85rem', borderBottom: '1px solid #fff' },
} as const;

/** One person: their name, base practice and when they were signed off, then their agreed average for each area. */
const PersonRow = memo(function PersonRow({
  row,
  index,
  practice,
}: {
  row: HeatmapRow;
  index: number;
  practice: string;
}) {
  const signed = `signed ${formatUkDayOf(row.signedAt)}`;
  return (
    <tr aria-rowindex={index + 3} style={{ height: ROW_HEIGHT }}>
      <th scope="row">
        <a href={href(`staff/${row.workerId}/competencies`)}>{row.name}</a>
        <span>{practice ? `${practice} · ${signed}` : signed}</span>
      </th>
      {row.averages.map((v, i) => {
        const colours = ratingColours(v);
        return (
          <td key={i} style={{ background: colours.bg, color: colours.fg }}>
            {ratingFigure(v)}
          </td>
        );
      })}
    </tr>
  );
});

/**
 * The heat map's people, one row each: only the rows in view are in the page, so an integrated care system's
 * thousands scroll smoothly. The area titles and the team's averages stay at the top.
 */
export function HeatmapTable(props: {
  framework: HeatmapFramework;
  rows: HeatmapRow[];
  averages: (number | null)[];
  /** The base practice's name, shown under the person's name. */
  practiceName(id: number | null): string;
}) {
  const { framework, rows, averages, practiceName } = props;
  const { scroller, items, padTop, padBottom } = useVirtualRows(rows.length, ROW_HEIGHT, 8);
  const stuck = { position: 'sticky', zIndex: 2 } as const;
  return (
    <TableContainer ref={scroller} sx={{ maxHeight: 'max(360px, calc(100vh - 330px))' }}>
      <Table
        size="small"
        aria-label="Competency heat map"
        aria-rowcount={rows.length + 2}
        sx={{ tableLayout: 'fixed', ...bodySx }}
      >
        <TableHead>
          <TableRow aria-rowindex={1}>
            <TableCell
              scope="col"
              sx={{ ...stuck, top: 0, height: TITLES_HEIGHT, width: 300, bgcolor: 'background.paper' }}
            >
              Person
            </TableCell>
            {framework.areas.map((a) => (
              <TableCell
                key={a.id}
                scope="col"
                sx={{
                  ...stuck,
                  top: 0,
                  height: TITLES_HEIGHT,
                  bgcolor: 'background.paper',
                  fontWeight: 600,
                  fontSize: '0.8rem',
                  lineHeight: 1.3,
                  px: 0.75,
                  hyphens: 'auto',
                  textAlign: 'center',
                  verticalAlign: 'bottom',
                }}
              >
                {a.title}
              </TableCell>
            ))}
          </TableRow>
          <TableRow aria-rowindex={2}>
            <TableCell
              component="th"
              scope="row"
              sx={{ ...stuck, top: TITLES_HEIGHT, bgcolor: 'background.paper', fontWeight: 700 }}
            >
              {`Team average (${rows.length.toLocaleString('en-GB')})`}
            </TableCell>
            {averages.map((v, i) => (
              <RatingCell
                key={framework.areas[i]?.id ?? i}
                value={v}
                sx={{ ...stuck, top: TITLES_HEIGHT, fontWeight: 700, borderBottom: '2px solid #425563' }}
              />
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const row = rows[item.index] as HeatmapRow;
            return (
              <PersonRow key={row.workerId} row={row} index={item.index} practice={practiceName(row.basePracticeId)} />
            );
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={framework.areas.length + 1}>
                No one with a signed assessment matches these filters. Choose all employers and all practices to see
                everyone.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
