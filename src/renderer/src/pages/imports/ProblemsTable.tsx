import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { ImportProblem } from '../../../../shared/domain/imports.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { problemsToShow } from './importWords.ts';

/** Enough to correct a file by; more would make a very large file's page slow to draw. */
const SHOWN_PROBLEMS = 200;

/** Every problem by row and column (the ones that stop a row first, then the rows skipped), at most 200 drawn. */
export function ProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { shown, hidden } = useMemo(() => problemsToShow(problems, SHOWN_PROBLEMS), [problems]);
  if (problems.length === 0) return null;
  return (
    <div>
      <Typography variant="h3" id="import-problems-heading" sx={{ mb: 1 }}>
        Problems in the file
      </Typography>
      <TableContainer
        sx={{ maxHeight: 480, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}
        tabIndex={0}
        role="region"
        aria-labelledby="import-problems-heading"
      >
        <Table size="small" stickyHeader aria-labelledby="import-problems-heading">
          <TableHead>
            <TableRow>
              <TableCell>Row</TableCell>
              <TableCell>Column</TableCell>
              <TableCell>Value</TableCell>
              <TableCell>Why</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((p, i) => (
              <TableRow key={i}>
                <TableCell>{p.row}</TableCell>
                <TableCell>{p.column ?? ''}</TableCell>
                <TableCell sx={{ overflowWrap: 'break-word', minWidth: '11ch' }}>{p.value}</TableCell>
                <TableCell sx={{ color: p.kind === 'duplicate' ? 'text.secondary' : undefined }}>{p.problem}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {hidden > 0 && (
        <Typography
          sx={{ mt: 1 }}
        >{`and ${countOf(hidden, 'more problem')}, not shown: correct these first.`}</Typography>
      )}
    </div>
  );
}
