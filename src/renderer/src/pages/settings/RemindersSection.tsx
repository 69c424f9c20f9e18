import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { REMINDER_AUDIENCE_LABELS, REMINDER_AUDIENCES } from '../../../../shared/domain/reminders.ts';
import type { ReminderAudience, ReminderLadder } from '../../../../shared/rules/reminder-ladder.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LeadOnly } from '../../components/LeadOnly.tsx';
import { ReadOnlyArea } from '../../components/ReadOnlyArea.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { reminderLadder, saveReminderLadder } from '../../stores/notifications.ts';
import { Loaded } from './Loaded.tsx';

interface StepRow {
  /** As typed: "0" is on the day. */
  days: string;
  audience: ReminderAudience[];
}

/** A typed whole number, or NaN for the backend to name ("Enter a number of days") rather than a silent 0. */
const typed = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

const toggled = (list: readonly ReminderAudience[], who: ReminderAudience, on: boolean): ReminderAudience[] =>
  REMINDER_AUDIENCES.filter((a) => (a === who ? on : list.includes(a)));

function AudienceChecks(props: {
  audience: readonly ReminderAudience[];
  when: string;
  onChange(audience: ReminderAudience[]): void;
}) {
  return (
    <>
      {REMINDER_AUDIENCES.map((who) => (
        <TableCell key={who} padding="checkbox" align="center">
          <Checkbox
            checked={props.audience.includes(who)}
            onChange={(e) => props.onChange(toggled(props.audience, who, e.target.checked))}
            slotProps={{ input: { 'aria-label': `${REMINDER_AUDIENCE_LABELS[who]} hears ${props.when}` } }}
          />
        </TableCell>
      ))}
    </>
  );
}

const whenOf = (days: string) => (days.trim() === '0' ? 'on the day' : `${days || '?'} days before`);

function LadderForm({ ladder }: { ladder: ReminderLadder }) {
  const [steps, setSteps] = useState<StepRow[]>(
    ladder.beforeDue.map((s) => ({ days: String(s.daysBefore), audience: [...s.audience] })),
  );
  const [overdueOn, setOverdueOn] = useState(ladder.overdue !== null);
  const [everyDays, setEveryDays] = useState(String(ladder.overdue?.everyDays ?? 7));
  const [overdueAudience, setOverdueAudience] = useState<ReminderAudience[]>([
    ...(ladder.overdue?.audience ?? ['person', 'supervisor', 'lead']),
  ]);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const change = (index: number, row: Partial<StepRow>) =>
    setSteps((list) => list.map((s, i) => (i === index ? { ...s, ...row } : s)));
  const stepError = (i: number) => fieldErrors[`beforeDue.${i}.daysBefore`] ?? fieldErrors[`beforeDue.${i}.audience`];

  return (
    <Box
      component="form"
      aria-label="Reminder ladder"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() =>
          saveReminderLadder({
            beforeDue: steps.map((s) => ({ daysBefore: typed(s.days), audience: s.audience })),
            overdue: overdueOn ? { everyDays: typed(everyDays), audience: overdueAudience } : null,
          }),
        );
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Table size="small" aria-label="Reminders before the due date" sx={{ maxWidth: 720 }}>
        <TableHead>
          <TableRow>
            <TableCell>Days before the due date</TableCell>
            {REMINDER_AUDIENCES.map((who) => (
              <TableCell key={who} align="center">
                {REMINDER_AUDIENCE_LABELS[who]}
              </TableCell>
            ))}
            <TableCell aria-label="Actions" />
          </TableRow>
        </TableHead>
        <TableBody>
          {steps.map((step, i) => (
            <TableRow key={i}>
              <TableCell>
                <TextField
                  size="small"
                  type="number"
                  label={`Step ${i + 1}: days before`}
                  value={step.days}
                  onChange={(e) => change(i, { days: e.target.value })}
                  error={Boolean(stepError(i))}
                  helperText={stepError(i) ?? (step.days.trim() === '0' ? 'On the day' : ' ')}
                  slotProps={{ htmlInput: { min: 0, max: 365, name: `beforeDue.${i}.daysBefore` } }}
                  sx={{ width: 190 }}
                />
              </TableCell>
              <AudienceChecks
                audience={step.audience}
                when={whenOf(step.days)}
                onChange={(audience) => change(i, { audience })}
              />
              <TableCell>
                <LeadOnly>
                  <Button
                    size="small"
                    color="error"
                    aria-label={`Remove the step ${whenOf(step.days)}`}
                    onClick={() => setSteps((list) => list.filter((_, j) => j !== i))}
                  >
                    Remove
                  </Button>
                </LeadOnly>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {fieldErrors.beforeDue && <FormHelperText error>{fieldErrors.beforeDue}</FormHelperText>}
      <LeadOnly>
        <Button
          size="small"
          sx={{ mt: 1 }}
          onClick={() => setSteps((list) => [...list, { days: '', audience: ['person'] }])}
        >
          Add a step
        </Button>
      </LeadOnly>

      <Typography variant="h3" sx={{ fontSize: '1.05rem', mt: 3, mb: 1 }}>
        While overdue
      </Typography>
      <FormControlLabel
        control={<Checkbox checked={overdueOn} onChange={(e) => setOverdueOn(e.target.checked)} />}
        label="Keep reminding while an item is overdue"
      />
      {overdueOn && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2, mt: 1 }}>
          <TextField
            size="small"
            type="number"
            label="Every (days)"
            value={everyDays}
            onChange={(e) => setEveryDays(e.target.value)}
            error={Boolean(fieldErrors['overdue.everyDays'])}
            helperText={fieldErrors['overdue.everyDays'] ?? 'From 1 to 90; 7 is weekly'}
            slotProps={{ htmlInput: { min: 1, max: 90, name: 'overdue.everyDays' } }}
            sx={{ width: 190 }}
          />
          <Box>
            {REMINDER_AUDIENCES.map((who) => (
              <FormControlLabel
                key={who}
                label={REMINDER_AUDIENCE_LABELS[who]}
                control={
                  <Checkbox
                    checked={overdueAudience.includes(who)}
                    onChange={(e) => setOverdueAudience((list) => toggled(list, who, e.target.checked))}
                  />
                }
              />
            ))}
            {fieldErrors['overdue.audience'] && (
              <FormHelperText error>{fieldErrors['overdue.audience']}</FormHelperText>
            )}
          </Box>
        </Box>
      )}
      <Box sx={{ display: 'flex', mt: 2 }}>
        <Button type="submit" variant="contained" disabled={busy} sx={{ ml: 'auto' }}>
          Save reminders
        </Button>
      </Box>
    </Box>
  );
}

/** The reminder ladder and who hears at each step: the lead changes it; everyone else reads it. */
export function RemindersSection() {
  const state = reminderLadder.use(null);
  return (
    <Paper component="section" aria-label="Reminders" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h2">Reminders</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Linkwork reminds people of training, induction, supervision and competency assessments at these steps before
        each due or expiry date, in their notifications (the bell at the top). When a date falls on a weekend or a bank
        holiday of England and Wales, its &ldquo;on the day&rdquo; reminder comes on the working day before. Each step
        is sent once; a change here applies from the next step reached.
      </Typography>
      <Loaded state={state} what="the reminder settings" retry={() => void reminderLadder.load(null)}>
        {(ladder) => (
          <ReadOnlyArea>
            <LadderForm key={JSON.stringify(ladder)} ladder={ladder} />
          </ReadOnlyArea>
        )}
      </Loaded>
    </Paper>
  );
}
