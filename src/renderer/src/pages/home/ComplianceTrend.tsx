import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { LineChart } from '@mui/x-charts/LineChart';
import { useId } from 'react';
import type { TrendPoint } from '../../../../shared/domain/home.ts';
import { formatMonth, formatUkDate } from '../../../../shared/rules/dates.ts';
import { percentText } from './percent.ts';

/** "Oct 26": short enough for twelve under the chart. */
const shortMonth = (monthEnd: string): string => {
  const [name = '', year = ''] = formatMonth(monthEnd.slice(0, 7)).split(' ');
  return `${name.slice(0, 3)} ${year.slice(2)}`;
};

/** The compliance % at each month end as a line, with the same figures as a table for anyone not reading the chart. */
export function ComplianceTrend({ trend }: { trend: readonly TrendPoint[] }) {
  const caption = useId();
  if (trend.length < 2) {
    return (
      <Typography color="text.secondary">The trend appears once the PCN has figures for two month ends.</Typography>
    );
  }
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const summary =
    `Compliance at each month end from ${formatUkDate(first.monthEnd)} (${percentText(first.percent)}) ` +
    `to ${formatUkDate(last.monthEnd)} (${percentText(last.percent)})`;
  return (
    <figure style={{ margin: 0 }} aria-labelledby={caption}>
      <div role="img" aria-label={summary}>
        <LineChart
          height={220}
          xAxis={[{ scaleType: 'point', data: trend.map((p) => shortMonth(p.monthEnd)) }]}
          yAxis={[{ min: 0, max: 100, valueFormatter: (v: number) => `${v}%`, width: 48 }]}
          series={[{ data: trend.map((p) => p.percent), label: 'Compliance %', color: '#005eb8' }]}
          hideLegend
          margin={{ right: 32 }}
        />
      </div>
      <Typography component="figcaption" id={caption} variant="body2" color="text.secondary">
        {summary}.
      </Typography>
      <details>
        <summary>
          <Typography component="span" variant="body2">
            The figures as a table
          </Typography>
        </summary>
        <Table size="small" aria-label="Compliance at each month end">
          <TableHead>
            <TableRow>
              <TableCell>Month end</TableCell>
              <TableCell align="right">Compliance</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {trend.map((p) => (
              <TableRow key={p.monthEnd}>
                <TableCell>{formatUkDate(p.monthEnd)}</TableCell>
                <TableCell align="right">{percentText(p.percent)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </figure>
  );
}
