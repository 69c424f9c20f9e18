import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatUkDate, isIsoDate } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { columnName } from './importWords.ts';

/** A workbook's date cells arrive as YYYY-MM-DD: shown as the spreadsheet showed them, dd/mm/yyyy. */
const shownCell = (text: string) => (isIsoDate(text) ? formatUkDate(text) : text);

/** The file's first rows under its own headings, so the user can see which column holds what. */
export function SamplePreview(props: { headers: string[]; sample: string[][]; rows: number }) {
  const { headers, sample } = props;
  return (
    <div>
      <Typography variant="h3" id="import-sample-heading" sx={{ mb: 1 }}>
        {sample.length >= props.rows
          ? `The file's ${countOf(props.rows, 'row')}`
          : `The first ${sample.length} of the file's ${countOf(props.rows, 'row')}`}
      </Typography>
      <TableContainer
        tabIndex={0}
        role="region"
        aria-labelledby="import-sample-heading"
        sx={{ maxWidth: '100%', overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        <Table size="small" aria-labelledby="import-sample-heading">
          <TableHead>
            <TableRow>
              {headers.map((_, index) => (
                <TableCell key={index} sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                  {columnName(headers, index)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {sample.map((cells, row) => (
              <TableRow key={row}>
                {headers.map((_, index) => (
                  <TableCell key={index} sx={{ whiteSpace: 'nowrap' }}>
                    {shownCell(cells[index] ?? '')}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </div>
  );
}
