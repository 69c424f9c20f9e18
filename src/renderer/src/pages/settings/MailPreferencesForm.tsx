import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { MAIL_KIND_LABELS } from '../../../../shared/domain/mail.ts';
import type { MailPreferences } from '../../../../shared/domain/mail.ts';
import type { ReminderKind } from '../../../../shared/domain/reminders.ts';
import { REMINDER_KINDS } from '../../../../shared/domain/reminders.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveMyMailPreferences } from '../../stores/mail.ts';

/** The signed-in person's own choice: which kinds of reminder reach them by e-mail (all, unless they stopped some). */
export function MailPreferencesForm({ preferences }: { preferences: MailPreferences }) {
  const [wanted, setWanted] = useState<ReminderKind[]>(
    REMINDER_KINDS.filter((kind) => !preferences.unsubscribed.includes(kind)),
  );
  const { submit, formError, busy } = useSubmit();
  return (
    <Box
      component="form"
      aria-label="Your e-mail reminders"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() =>
          saveMyMailPreferences({ unsubscribed: REMINDER_KINDS.filter((kind) => !wanted.includes(kind)) }),
        );
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Typography variant="body2" sx={{ mb: 1 }}>
        E-mails go to {preferences.email}. Choose what they tell you about:
      </Typography>
      <FormGroup row>
        {REMINDER_KINDS.map((kind) => (
          <FormControlLabel
            key={kind}
            label={MAIL_KIND_LABELS[kind]}
            control={
              <Checkbox
                checked={wanted.includes(kind)}
                onChange={(e) =>
                  setWanted((list) => REMINDER_KINDS.filter((k) => (k === kind ? e.target.checked : list.includes(k))))
                }
              />
            }
          />
        ))}
      </FormGroup>
      <Button type="submit" variant="outlined" disabled={busy} sx={{ mt: 1 }}>
        Save my e-mail choices
      </Button>
    </Box>
  );
}
