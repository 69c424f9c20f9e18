import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { countOf } from '../../../../shared/rules/words.ts';
import { importCaseloadCsv } from '../../stores/caseload.ts';
import { ImportFileButton } from '../settings/ImportFileButton.tsx';

/**
 * The lead imports a CSV of counts by worker (or clinician) and month. A file with anything that looks like a
 * patient identifier is refused whole, and the reason shown.
 */
export function CaseloadImportButton() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onFile = (file: File) =>
    void importCaseloadCsv(file).then(
      (r) =>
        setMessage({
          ok: true,
          text: `Imported ${countOf(r.months, 'month')} of figures for ${countOf(r.workers, 'link worker')}`,
        }),
      (error: unknown) => setMessage({ ok: false, text: (error as Error).message }),
    );
  return (
    <>
      <ImportFileButton
        label="Import counts (CSV)…"
        accept=".csv,text/csv"
        inputLabel="Caseload counts file (CSV)"
        onFile={onFile}
      />
      <Snackbar open={message !== null} onClose={() => setMessage(null)} autoHideDuration={message?.ok ? 6000 : null}>
        <Alert severity={message?.ok ? 'success' : 'error'} onClose={() => setMessage(null)} sx={{ maxWidth: 640 }}>
          {message?.text}
        </Alert>
      </Snackbar>
    </>
  );
}
