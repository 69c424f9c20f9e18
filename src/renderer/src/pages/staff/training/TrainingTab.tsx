import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { WorkerRequirement } from '../../../../../shared/domain/compliance.ts';
import type { Requirement, RequirementKind, TrainingRecord } from '../../../../../shared/domain/requirements.ts';
import { useAbilities } from '../../../app/abilities.ts';
import { href } from '../../../app/router.ts';
import { RequirementStatusBadge } from '../../../components/StatusBadge.tsx';
import { StatusLegend } from '../../../components/StatusLegend.tsx';
import { CorrectRecordDialog } from './CorrectRecordDialog.tsx';
import { ExemptDialog } from './ExemptDialog.tsx';
import { RecordDialog } from './RecordDialog.tsx';
import { RecordHistory } from './RecordHistory.tsx';
import type { WorkerCompliance } from '../../../../../shared/domain/compliance.ts';
import { workerCompliance } from '../../../stores/compliance.ts';
import { attempt } from '../../../stores/notices.ts';
import { endExemption } from '../../../stores/training.ts';
import { Loaded } from './Loaded.tsx';
import { WithdrawRecordDialog } from './WithdrawRecordDialog.tsx';

const GROUPS: { kind: RequirementKind; title: string }[] = [
  { kind: 'training', title: 'Training' },
  { kind: 'arrs_condition', title: 'ARRS conditions' },
];

/** The worker's requirements with status, reason and full history; record, exempt or re-require from here. */
export function TrainingTab({ workerId, highlight }: { workerId: number; highlight: string | null }) {
  const state = workerCompliance.use(workerId);
  return (
    <Loaded state={state} workerId={workerId}>
      {(compliance) => <Requirements workerId={workerId} compliance={compliance} highlight={highlight} />}
    </Loaded>
  );
}

function Requirements(props: { workerId: number; compliance: WorkerCompliance; highlight: string | null }) {
  const { workerId, compliance, highlight } = props;
  const [dialog, setDialog] = useState<
    | { kind: 'record' | 'exempt'; requirement: Requirement }
    | { kind: 'correct' | 'withdraw'; requirement: Requirement; record: TrainingRecord }
    | null
  >(null);
  const { mayChange } = useAbilities();
  // The worker records and corrects their own training; whether a requirement applies, and withdrawing a
  // record, are for the lead and the supervisor.
  const mayRecord = mayChange(workerId, { supervisor: true, self: true });
  const mayExempt = mayChange(workerId, { supervisor: true, self: false });
  const recordActions = (requirement: Requirement) => ({
    what: requirement.title,
    ...(mayRecord && { onCorrect: (record: TrainingRecord) => setDialog({ kind: 'correct', requirement, record }) }),
    ...(mayExempt && { onWithdraw: (record: TrainingRecord) => setDialog({ kind: 'withdraw', requirement, record }) }),
  });

  const actions = (item: WorkerRequirement) => {
    if (item.exemption) {
      if (!mayExempt) return null;
      return (
        <Button
          size="small"
          onClick={() =>
            attempt(`make ${item.requirement.title} required again`, () => endExemption(workerId, item.requirement.id))
          }
        >
          Make required again
        </Button>
      );
    }
    return (
      <>
        {mayRecord && item.requirement.check === 'record' && (
          <Button
            size="small"
            variant="outlined"
            onClick={() => setDialog({ kind: 'record', requirement: item.requirement })}
            aria-label={`Record ${item.requirement.title}`}
          >
            Record
          </Button>
        )}
        {mayRecord && item.requirement.check === 'cpd' && (
          <Button
            size="small"
            variant="outlined"
            href={href(`staff/${workerId}/cpd`)}
            aria-label={`Log CPD for ${item.requirement.title}`}
          >
            Log CPD
          </Button>
        )}
        {mayExempt && (
          <Button
            size="small"
            onClick={() => setDialog({ kind: 'exempt', requirement: item.requirement })}
            aria-label={`Mark ${item.requirement.title} as not required`}
          >
            Not required…
          </Button>
        )}
      </>
    );
  };

  return (
    <>
      <StatusLegend expiringSoonDays={compliance.expiringSoonDays} />
      {GROUPS.map((group) => (
        <Paper key={group.kind} sx={{ p: 2, mb: 3 }} component="section" aria-label={group.title}>
          <Typography variant="h2" gutterBottom>
            {group.title}
          </Typography>
          <Table size="small" aria-label={group.title}>
            <TableHead>
              <TableRow>
                <TableCell>Requirement</TableCell>
                <TableCell sx={{ width: 150 }}>Status</TableCell>
                <TableCell>Why</TableCell>
                <TableCell sx={{ width: 230 }}>
                  <span aria-hidden>&nbsp;</span>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {compliance.items
                .filter((i) => i.requirement.kind === group.kind)
                .map((item) => (
                  <TableRow
                    key={item.requirement.id}
                    id={`requirement-${item.requirement.id}`}
                    selected={highlight === item.requirement.id}
                    sx={{ verticalAlign: 'top' }}
                  >
                    <TableCell>
                      <Box sx={{ fontWeight: 500 }}>{item.requirement.title}</Box>
                      {item.requirement.blocksClaim && (
                        <Typography variant="caption" color="text.secondary">
                          Blocks the ARRS claim when not met
                        </Typography>
                      )}
                      <RecordHistory records={item.records} actions={recordActions(item.requirement)} />
                    </TableCell>
                    <TableCell>
                      <RequirementStatusBadge status={item.status} today={compliance.today} />
                    </TableCell>
                    <TableCell>{item.status.reason}</TableCell>
                    <TableCell>
                      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>{actions(item)}</Box>
                    </TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </Paper>
      ))}
      {dialog?.kind === 'record' && (
        <RecordDialog
          workerId={workerId}
          requirement={dialog.requirement}
          today={compliance.today}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'exempt' && (
        <ExemptDialog workerId={workerId} requirement={dialog.requirement} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'correct' && (
        <CorrectRecordDialog requirement={dialog.requirement} record={dialog.record} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawRecordDialog requirement={dialog.requirement} record={dialog.record} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
