import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { WorkerRow } from '../../../../shared/domain/staff.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { PageState } from '../../components/PageState.tsx';
import { handoutDetails } from '../../stores/handouts.ts';
import { HandoutActions } from './HandoutActions.tsx';
import { HandoutDetailsForm } from './HandoutDetailsForm.tsx';

/** What the handout says about reaching someone, for those who may read but not change it. */
function ContactSummary({ phone, email, workingTimes }: { phone: string; email: string; workingTimes: string }) {
  const rows = [
    ['Phone', phone],
    ['E-mail', email],
    ['When to reach them', workingTimes],
  ].filter(([, value]) => value !== '');
  if (rows.length === 0) return <Typography>No contact details yet: the handout names their surgery only.</Typography>;
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '180px 1fr', rowGap: 1, m: 0 }}>
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-line' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/**
 * A link worker's patient handout: a page practice staff give to patients referred to them, with how to reach
 * them. The lead and the worker themself keep the contact details; the wording is the PCN's, in Settings.
 */
export function HandoutSection({ worker, today }: { worker: WorkerRow; today: string }) {
  const { changesAll, selfId } = useAbilities();
  const state = handoutDetails.use(worker.id);
  const [saved, setSaved] = useState(false);
  const left = worker.leavingDate !== null && worker.leavingDate < today;
  return (
    <Paper component="section" aria-labelledby="handout-heading" sx={{ p: 3, mt: 3, maxWidth: 920 }}>
      <Typography id="handout-heading" variant="h3" component="h2" gutterBottom>
        Patient handout
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        One page for practice staff to give to patients referred to {worker.name}: who they are, what a link worker
        does, what to expect and how to get in touch, in plain English.
      </Typography>
      <PageState state={state} what="the handout’s contact details" retry={() => void handoutDetails.load(worker.id)}>
        {(details) =>
          changesAll || selfId === worker.id ? (
            <HandoutDetailsForm key={JSON.stringify(details)} details={details} saved={saved} onSaved={setSaved} />
          ) : (
            <ContactSummary {...details} />
          )
        }
      </PageState>
      <Box sx={{ mt: 3 }}>
        {left ? (
          <Typography>
            {worker.name} left on {formatUkDate(worker.leavingDate ?? '')}: there is no handout for them.
          </Typography>
        ) : (
          <HandoutActions workerId={worker.id} name={worker.name} />
        )}
      </Box>
    </Paper>
  );
}
