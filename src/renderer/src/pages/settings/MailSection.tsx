import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useAbilities } from '../../app/abilities.ts';
import { mailSettings } from '../../stores/mail.ts';
import { Loaded } from './Loaded.tsx';
import { MailSettingsForm } from './MailSettingsForm.tsx';
import { MyMailChoices } from './MyMailChoices.tsx';

export const MAIL_PROMISE =
  'Once a day, each person with an account gets one e-mail listing their reminders that are new since the last ' +
  "one, through the PCN's own mail server. It holds names, what is due and when, and links into Linkwork: never " +
  'notes or session records. Each kind has its own unsubscribe link.';

export function MailPersonalModeNote() {
  return (
    <Typography variant="body2" color="text.secondary">
      E-mail reminders need team mode, where each person signs in with their own e-mail address and Linkwork serves the
      whole PCN from one machine. On this computer, reminders appear in the notifications (the bell at the top).
    </Typography>
  );
}

/** The lead's mail server form, with a test. */
function ServerSettings() {
  const state = mailSettings.use(null);
  const [saved, setSaved] = useState(false);
  return (
    <Loaded state={state} what="the e-mail settings" retry={() => void mailSettings.load(null)}>
      {(settings) => (
        <MailSettingsForm key={JSON.stringify(settings)} settings={settings} saved={saved} onSaved={setSaved} />
      )}
    </Loaded>
  );
}

/** E-mail digests through the PCN's own mail server: team mode only, set up by the lead. */
export function MailSection() {
  const { team, changesAll } = useAbilities();
  return (
    <Paper component="section" aria-label="E-mail reminders" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h2">E-mail reminders</Typography>
      {!team ? (
        <MailPersonalModeNote />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {MAIL_PROMISE}
          </Typography>
          {changesAll ? (
            <ServerSettings />
          ) : (
            <Alert severity="info" role="note">
              The PCN workforce lead sets up the mail server.
            </Alert>
          )}
          <Typography variant="h3" sx={{ fontSize: '1.05rem', mt: 3, mb: 1 }}>
            Your e-mail reminders
          </Typography>
          <MyMailChoices />
        </>
      )}
    </Paper>
  );
}
