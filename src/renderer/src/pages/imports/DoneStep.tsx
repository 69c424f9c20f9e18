import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ImportUndone } from '../../../../shared/domain/imports.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';
import { rowsAdded } from './importWords.ts';
import { StepFrame } from './StepFrame.tsx';
import type { UndoableImport } from './UndoImportDialog.tsx';
import { UndoImportDialog } from './UndoImportDialog.tsx';
import type { ImportWizard } from './useImportWizard.ts';

/** Step 5: what the import added, where to see it, and the way to take it back. */
export function DoneStep({ wizard }: { wizard: ImportWizard }) {
  const report = wizard.state.report;
  const [undoing, setUndoing] = useState<UndoableImport | null>(null);
  const [undone, setUndone] = useState<ImportUndone | null>(null);
  if (!report) return null;
  const skipped = [
    report.duplicates > 0
      ? `${countOf(report.duplicates, 'row')} already ${report.kind === 'training' ? 'recorded' : 'in the register'} skipped.`
      : '',
    report.invalid > 0 ? `${countOf(report.invalid, 'row')} that could not be imported left out.` : '',
  ].filter(Boolean);
  return (
    // A new frame once undone: its heading takes the cursor, as the button that had it is gone.
    <StepFrame
      key={undone ? 'undone' : 'imported'}
      title={undone ? 'Import undone' : 'Imported'}
      takeFocus
      error={null}
      busy={false}
    >
      {undone ? (
        <Alert severity="info">
          {`The import of ${report.fileName} was undone: ${rowsAdded(report.kind, undone.withdrawn)} taken back.`}
        </Alert>
      ) : (
        <Alert severity="success">
          {report.added > 0
            ? `Added ${rowsAdded(report.kind, report.added)} from ${report.fileName}.`
            : `Nothing was added from ${report.fileName}.`}
          {skipped.length > 0 && ` ${skipped.join(' ')}`}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button variant="outlined" href={href('staff')}>
          Open the staff register
        </Button>
        <Button variant="outlined" href={href('matrix')}>
          Open the training matrix
        </Button>
        {!undone && report.batchId !== null && (
          <Button
            color="error"
            onClick={() =>
              setUndoing({
                batchId: report.batchId ?? 0,
                kind: report.kind,
                fileName: report.fileName,
                added: report.added,
              })
            }
          >
            Undo this import
          </Button>
        )}
        <Button variant="contained" onClick={wizard.startAgain}>
          Import another file
        </Button>
      </Box>
      <UndoImportDialog batch={undoing} onClose={() => setUndoing(null)} onUndone={setUndone} />
    </StepFrame>
  );
}
