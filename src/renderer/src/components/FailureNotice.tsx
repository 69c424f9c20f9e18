import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useNotices } from '../stores/notices.ts';

/** Shows the last one-click action that failed, until dismissed. */
export function FailureNotice() {
  const failure = useNotices((s) => s.failure);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <Snackbar open={failure !== null} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="error" onClose={dismiss} variant="filled" sx={{ maxWidth: 720 }}>
        {failure && `Linkwork could not ${failure.what}: ${failure.message}`}
      </Alert>
    </Snackbar>
  );
}
