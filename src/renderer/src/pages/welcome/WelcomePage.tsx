import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useSubmit } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/app.ts';
import { SetUpPcnForm } from './SetUpPcnForm.tsx';

export function WelcomePage() {
  const loadExample = useAppStore((s) => s.loadExample);
  const dataFile = useAppStore((s) => s.status?.dataFile);
  const team = useAppStore((s) => s.status?.mode === 'team');
  const example = useSubmit();

  return (
    <Box component="main" sx={{ maxWidth: 1040, mx: 'auto', p: 4 }}>
      <Typography variant="h1" gutterBottom>
        Welcome to Linkwork
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 760 }}>
        Linkwork keeps your Primary Care Network&apos;s social prescribing link workers, care coordinators and health
        and wellbeing coaches trained, supervised and supported, and flags every gap before the monthly ARRS claim.
        {team
          ? ' Everything stays in your PCN’s own Linkwork; once the PCN is set up, invite people from their pages.'
          : ' Everything stays on this computer.'}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, gap: 3, alignItems: 'start' }}>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h2" gutterBottom>
            Set up your PCN
          </Typography>
          <SetUpPcnForm />
        </Paper>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h2" gutterBottom>
            Or explore first
          </Typography>
          <Typography sx={{ mb: 2 }}>
            Load an example PCN with six practices, two employers and a dozen workers across the three roles. All names
            are made up.
          </Typography>
          {example.formError && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {example.formError}
            </Alert>
          )}
          <Button variant="outlined" disabled={example.busy} onClick={() => void example.submit(loadExample)}>
            Load the example PCN
          </Button>
          {dataFile && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 3 }}>
              Data file: <code>{dataFile}</code>
            </Typography>
          )}
        </Paper>
      </Box>
    </Box>
  );
}
