import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { MailSecurity, MailSettingsView } from '../../../../shared/domain/mail.ts';
import { MAIL_SECURITY, MAIL_SECURITY_LABELS } from '../../../../shared/domain/mail.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveMailSettings } from '../../stores/mail.ts';
import { MailTestButton } from './MailTestButton.tsx';

const SECURITY_OPTIONS = MAIL_SECURITY.map((value) => ({ value, label: MAIL_SECURITY_LABELS[value] }));

/** A typed whole number, or NaN for the backend to name rather than a silent 0. */
const typed = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** The lead's form for the PCN's mail server; the password is only ever typed in, never shown. */
export function MailSettingsForm(props: {
  settings: MailSettingsView;
  /** Kept by the section: the form is made afresh from what the backend returns once saved. */
  saved: boolean;
  onSaved(saved: boolean): void;
}) {
  const { settings, saved, onSaved } = props;
  const [enabled, setEnabled] = useState(settings.enabled);
  const [host, setHost] = useState(settings.host);
  const [port, setPort] = useState(String(settings.port));
  const [security, setSecurity] = useState<MailSecurity>(settings.security);
  const [username, setUsername] = useState(settings.username);
  const [password, setPassword] = useState('');
  const [senderAddress, setSenderAddress] = useState(settings.senderAddress);
  const [senderName, setSenderName] = useState(settings.senderName);
  const [publicUrl, setPublicUrl] = useState(settings.publicUrl);
  const [sendHour, setSendHour] = useState(String(settings.sendHour));
  const { submit, fieldErrors, formError, busy } = useSubmit();
  const passwordHelp = settings.passwordSet
    ? 'A password is kept: leave this empty to keep it'
    : 'Stored in the data file on the serving machine';

  return (
    <Box
      component="form"
      aria-label="Mail server"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSaved(false);
        void submit(async () => {
          await saveMailSettings({
            enabled,
            host,
            port: typed(port),
            security,
            username,
            password: password === '' ? null : password,
            senderAddress,
            senderName,
            publicUrl,
            sendHour: typed(sendHour),
          });
          onSaved(true);
        });
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <FormControlLabel
        control={<Checkbox checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />}
        label="Send each person a daily e-mail of their reminders"
      />
      <Typography variant="h3" sx={{ fontSize: '1.05rem', mt: 2, mb: 1 }}>
        Mail server (SMTP)
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 2fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          label="Server name"
          value={host}
          onChange={(e) => setHost(e.target.value)}
          error={Boolean(fieldErrors.host)}
          helperText={fieldErrors.host ?? 'For example smtp.office365.com'}
          slotProps={{ htmlInput: { name: 'host', autoComplete: 'off' } }}
        />
        <TextField
          label="Port"
          type="number"
          value={port}
          onChange={(e) => setPort(e.target.value)}
          error={Boolean(fieldErrors.port)}
          helperText={fieldErrors.port ?? '587 or 465, usually'}
          slotProps={{ htmlInput: { name: 'port', min: 1, max: 65535 } }}
        />
        <SelectField
          label="Security"
          value={security}
          options={SECURITY_OPTIONS}
          onChange={(value) => setSecurity(value as MailSecurity)}
          error={fieldErrors.security}
        />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          label="User name"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={Boolean(fieldErrors.username)}
          helperText={fieldErrors.username ?? 'Leave empty if the server takes mail without signing in'}
          slotProps={{ htmlInput: { name: 'username', autoComplete: 'off' } }}
        />
        <TextField
          label={settings.passwordSet ? 'New password' : 'Password'}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={Boolean(fieldErrors.password)}
          helperText={fieldErrors.password ?? passwordHelp}
          slotProps={{ htmlInput: { name: 'password', autoComplete: 'new-password' } }}
        />
      </Box>
      <Typography variant="h3" sx={{ fontSize: '1.05rem', mt: 2, mb: 1 }}>
        What people receive
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <TextField
          label="Sent from (address)"
          value={senderAddress}
          onChange={(e) => setSenderAddress(e.target.value)}
          error={Boolean(fieldErrors.senderAddress)}
          helperText={fieldErrors.senderAddress ?? 'An address the server may send from'}
          slotProps={{ htmlInput: { name: 'senderAddress', autoComplete: 'off' } }}
        />
        <TextField
          label="Sent from (name)"
          value={senderName}
          onChange={(e) => setSenderName(e.target.value)}
          error={Boolean(fieldErrors.senderName)}
          helperText={fieldErrors.senderName ?? 'For example Riverside PCN Linkwork'}
          slotProps={{ htmlInput: { name: 'senderName' } }}
        />
        <TextField
          label="Linkwork's address for links"
          value={publicUrl}
          onChange={(e) => setPublicUrl(e.target.value)}
          error={Boolean(fieldErrors.publicUrl)}
          helperText={fieldErrors.publicUrl ?? 'The address people open, such as https://linkwork.example.nhs.uk'}
          slotProps={{ htmlInput: { name: 'publicUrl', autoComplete: 'off' } }}
        />
        <TextField
          label="Send from (hour, UK time)"
          type="number"
          value={sendHour}
          onChange={(e) => setSendHour(e.target.value)}
          error={Boolean(fieldErrors.sendHour)}
          helperText={fieldErrors.sendHour ?? 'From 0 to 23; at most one e-mail per person a day'}
          slotProps={{ htmlInput: { name: 'sendHour', min: 0, max: 23 } }}
        />
      </Box>
      {saved && (
        <Alert severity="success" sx={{ mt: 2 }}>
          E-mail settings saved.
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 2, alignItems: 'flex-start' }}>
        <MailTestButton />
        <Button type="submit" variant="contained" disabled={busy} sx={{ ml: 'auto' }}>
          Save e-mail settings
        </Button>
      </Box>
    </Box>
  );
}
