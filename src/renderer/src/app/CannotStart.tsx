import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ApiError } from '../api/api-error.ts';

/**
 * The first call failed. Without the launch token the only way in is the address Linkwork printed when it
 * started, so that is what the page says; any other failure can be retried.
 */
export function CannotStart({ error, retry }: { error: ApiError; retry(): void }) {
  const noToken = error.code === 'UNAUTHORISED';
  return (
    <Box component="main" sx={{ p: 4, maxWidth: 820 }}>
      <Alert
        severity="error"
        action={
          noToken ? undefined : (
            <Button color="inherit" onClick={retry}>
              Retry
            </Button>
          )
        }
      >
        <AlertTitle>Linkwork could not reach its data</AlertTitle>
        {noToken
          ? 'This address does not carry the key of the running Linkwork. Open the full address that Linkwork printed when it started (with npm start or npm run web): it ends in ?token=…, and the page keeps the key for this tab. Each start makes a new key, so an old bookmark no longer opens it.'
          : error.message}
      </Alert>
    </Box>
  );
}
