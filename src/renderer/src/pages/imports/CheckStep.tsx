import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ImportReport } from '../../../../shared/domain/imports.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { ALREADY_THERE, rowsAdded } from './importWords.ts';
import { ProblemsTable } from './ProblemsTable.tsx';
import { StepFrame } from './StepFrame.tsx';
import type { ImportWizard } from './useImportWizard.ts';

function Count({ label, count }: { label: string; count: number }) {
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1, flex: '1 1 140px', maxWidth: 240 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontSize: '1.5rem', fontWeight: 600 }}>{count.toLocaleString('en-GB')}</Typography>
    </Paper>
  );
}

/** Why "Import N rows" cannot be used, or null when it can. */
function whyNot(report: ImportReport): string | null {
  if (report.invalid > 0)
    return `${countOf(report.invalid, 'row')} cannot be imported: correct ${report.invalid === 1 ? 'it' : 'them'} in the file and choose it again, or import only the valid rows.`;
  if (report.ready === 0) return 'Nothing to import: every row is already there.';
  return null;
}

/** Step 4: the dry run with the chosen columns and courses, and the choice to import. */
export function CheckStep({ wizard }: { wizard: ImportWizard }) {
  const { state } = wizard;
  const [confirming, setConfirming] = useState(false);
  const report = state.report;
  if (!report) return null;
  const reason = whyNot(report);
  const left = countOf(report.invalid, 'row');
  return (
    <StepFrame
      title="Check the rows"
      takeFocus
      error={state.error}
      busy={state.busy}
      busyText="Importing…"
      onBack={wizard.back}
      actions={
        <>
          <Button
            variant="contained"
            disabled={reason !== null || state.busy}
            aria-describedby={reason ? 'import-why-not' : undefined}
            onClick={() => wizard.commit(false)}
          >
            {`Import ${countOf(report.ready, 'row')}`}
          </Button>
          {report.invalid > 0 && report.ready > 0 && (
            <Button variant="outlined" disabled={state.busy} onClick={() => setConfirming(true)}>
              {`Import only the ${countOf(report.ready, 'valid row')}`}
            </Button>
          )}
        </>
      }
    >
      <Box role="group" aria-label="What the import would do" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Count label="Ready to import" count={report.ready} />
        <Count label={ALREADY_THERE[report.kind]} count={report.duplicates} />
        <Count label="Cannot be imported" count={report.invalid} />
      </Box>
      <ProblemsTable problems={report.problems} />
      {reason && <Typography id="import-why-not">{reason}</Typography>}
      <FormDialog
        open={confirming}
        title="Import only the valid rows?"
        submitLabel={`Import ${countOf(report.ready, 'row')}`}
        onClose={() => setConfirming(false)}
        onSubmit={() => {
          setConfirming(false);
          wizard.commit(true);
        }}
      >
        <Typography>
          {`${rowsAdded(report.kind, report.ready)} will be added from ${report.fileName}. The ${left} that cannot be imported ${report.invalid === 1 ? 'is' : 'are'} left out: correct ${report.invalid === 1 ? 'it' : 'them'} and import the file again later, and only ${report.invalid === 1 ? 'that row is' : 'those rows are'} added.`}
        </Typography>
      </FormDialog>
    </StepFrame>
  );
}
