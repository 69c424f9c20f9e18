import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { WorkerCaseload } from '../../../../shared/domain/caseload.ts';
import { CASELOAD_COUNT_INFO, CASELOAD_COUNTS } from '../../../../shared/domain/caseload.ts';
import { useAbilities } from '../../app/abilities.ts';
import { PageState } from '../../components/PageState.tsx';
import { workerCaseload } from '../../stores/caseload.ts';
import { CaseloadMonthRow } from './CaseloadMonthRow.tsx';
import { CaseloadSummary } from './CaseloadSummary.tsx';

/** A link worker's caseload: their figures against the norm and a month grid of counts (numbers only). */
export function CaseloadTab({ workerId }: { workerId: number }) {
  const state = workerCaseload.use(workerId);
  return (
    <PageState state={state} what="this worker's caseload" retry={() => void workerCaseload.load(workerId)}>
      {(caseload) => <Caseload workerId={workerId} caseload={caseload} />}
    </PageState>
  );
}

function Caseload({ workerId, caseload }: { workerId: number; caseload: WorkerCaseload }) {
  const editable = useAbilities().mayChange(workerId, { supervisor: true, self: true });
  const held = new Map(caseload.months.map((m) => [m.month, m]));
  return (
    <Paper component="section" aria-labelledby="caseload-heading" sx={{ p: 2 }}>
      <Typography variant="h2" id="caseload-heading" gutterBottom>
        Caseload
      </Typography>
      <CaseloadSummary figures={caseload.figures} thresholds={caseload.thresholds} />
      <Typography variant="body2" color="text.secondary" sx={{ my: 2 }}>
        Numbers only: never a patient&apos;s name, NHS number or date of birth.
        {editable && ' Type each month’s counts and save the row; 0 if none.'}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Caseload by month">
          <TableHead>
            <TableRow>
              <TableCell>Month</TableCell>
              {CASELOAD_COUNTS.map((c) => (
                <TableCell key={c} align="right">
                  {CASELOAD_COUNT_INFO[c].short}
                </TableCell>
              ))}
              {editable && <TableCell aria-label="Save" />}
            </TableRow>
          </TableHead>
          <TableBody>
            {caseload.editableMonths.map((month) => (
              <CaseloadMonthRow
                key={month}
                workerId={workerId}
                month={month}
                held={held.get(month)}
                editable={editable}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
