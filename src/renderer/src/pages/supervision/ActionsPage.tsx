import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { OpenAction } from '../../../../shared/domain/supervision.ts';
import { call } from '../../api/client.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { OpenActionsTable } from './OpenActionsTable.tsx';

/** For the lead: every open supervision action across the PCN, soonest due first, overdue ones flagged. */
export function ActionsPage() {
  const [actions, setActions] = useState<OpenAction[] | null>(null);
  useEffect(() => {
    void call('supervision.openActions', {}).then(setActions);
  }, []);
  if (!actions) return null;
  const overdue = actions.filter((a) => a.overdue).length;
  return (
    <>
      <PageHeader title="Supervision actions" subtitle="Open actions agreed in supervision, across every worker" />
      <Paper sx={{ p: 2 }}>
        <Typography role="status" sx={{ mb: 1 }}>{`${actions.length} open, ${overdue} overdue`}</Typography>
        <OpenActionsTable
          actions={actions}
          showWorker
          onDone={(id) => void call('supervision.setActionStatus', { actionId: id, status: 'done' }).then(setActions)}
        />
      </Paper>
    </>
  );
}
