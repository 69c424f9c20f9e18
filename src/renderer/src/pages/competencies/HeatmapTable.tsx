import Link from '@mui/material/Link';
import type { SxProps, Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { HeatmapFramework, HeatmapRow } from '../../../../shared/domain/competencies.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
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
        sx={{ tableLayout: 'fixed' }}
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
          {padTop > 0 && <TableRow aria-hidden style={{ height: padTop }} />}
          {items.map((item) => {
            const row = rows[item.index] as HeatmapRow;
            return (
              <TableRow key={row.workerId} aria-rowindex={item.index + 3} style={{ height: ROW_HEIGHT }}>
                <TableCell component="th" scope="row" sx={{ py: 0.5, overflow: 'hidden' }}>
                  <Link href={href(`staff/${row.workerId}/competencies`)} underline="hover" sx={{ fontWeight: 500 }}>
                    {row.name}
                  </Link>
                  <Typography variant="caption" color="text.secondary" noWrap sx={{ display: 'block' }}>
                    {[practiceName(row.basePracticeId), `signed ${formatUkDate(row.signedAt.slice(0, 10))}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                </TableCell>
                {row.averages.map((v, i) => (
                  <RatingCell key={framework.areas[i]?.id ?? i} value={v} />
                ))}
              </TableRow>
            );
          })}
          {padBottom > 0 && <TableRow aria-hidden style={{ height: padBottom }} />}
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
