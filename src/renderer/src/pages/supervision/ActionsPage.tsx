import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { openSupervisionActions } from '../../stores/supervision.ts';
import { OpenActionsTable } from './OpenActionsTable.tsx';

/** For the lead: every open supervision action across the PCN, soonest due first, overdue ones flagged. */
export function ActionsPage() {
  const state = openSupervisionActions.use(null);
  return (
    <>
      <PageHeader title="Supervision actions" subtitle="Open actions agreed in supervision, across every worker" />
      <PageState state={state} what="the open supervision actions" retry={() => void openSupervisionActions.load(null)}>
        {(actions) => (
          <Paper sx={{ p: 2 }}>
            <Typography role="status" sx={{ mb: 1 }}>
              {`${actions.length} open, ${actions.filter((a) => a.overdue).length} overdue`}
            </Typography>
            <OpenActionsTable actions={actions} showWorker />
          </Paper>
        )}
      </PageState>
    </>
  );
}
