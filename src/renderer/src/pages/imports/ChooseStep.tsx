import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import type { ImportKind } from '../../../../shared/domain/imports.ts';
import { IMPORT_KIND_LABELS } from '../../../../shared/domain/imports.ts';
import { attempt } from '../../stores/notices.ts';
import { downloadImportTemplate } from '../../stores/imports.ts';
import { StepFrame } from './StepFrame.tsx';
import type { ImportWizard } from './useImportWizard.ts';

const KINDS_IN_ORDER: readonly ImportKind[] = ['register', 'training'];

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Step 1: what the file holds, the file itself, and the templates to start from. */
export function ChooseStep({ wizard, takeFocus }: { wizard: ImportWizard; takeFocus: boolean }) {
  const { state } = wizard;
  const fileInput = useRef<HTMLInputElement>(null);
  const kindWords = state.kind === 'register' ? 'the staff register' : 'training records';
  return (
    <StepFrame
      title="Choose the file"
      takeFocus={takeFocus}
      error={state.error}
      busy={state.busy}
      next={{ label: 'Next: match the columns', disabled: !state.file, onClick: wizard.toColumns }}
      waiting={state.file ? null : 'Choose a file to go on.'}
    >
      <Alert severity="info" role="note">
        Import the staff register first, then training records: each training record names someone who must already be
        in the register.
      </Alert>
      <FormControl>
        <FormLabel id="import-kind-label">What does the file hold?</FormLabel>
        <RadioGroup
          row
          aria-labelledby="import-kind-label"
          value={state.kind}
          onChange={(e) => wizard.setKind(e.target.value as ImportKind)}
        >
          {KINDS_IN_ORDER.map((kind) => (
            <FormControlLabel key={kind} value={kind} control={<Radio />} label={IMPORT_KIND_LABELS[kind]} />
          ))}
        </RadioGroup>
      </FormControl>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        {/* A real button opens the hidden file input, so Enter and Space choose a file as a click does. */}
        <Button variant="outlined" onClick={() => fileInput.current?.click()}>
          {state.file ? 'Choose another file' : 'Choose a file'}
        </Button>
        <input
          ref={fileInput}
          hidden
          type="file"
          accept={ACCEPT}
          aria-label="Spreadsheet to import"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) void wizard.chooseFile(chosen);
          }}
        />
        <Typography>{state.file ? state.file.name : 'An Excel workbook (.xlsx) or a CSV file'}</Typography>
      </Box>
      <Box>
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          {`Start from a template with the headings Linkwork reads for ${kindWords}:`}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button
            size="small"
            onClick={() =>
              attempt(`download the ${kindWords} template`, () => downloadImportTemplate(state.kind, 'xlsx'))
            }
          >
            Excel template (.xlsx)
          </Button>
          <Button
            size="small"
            onClick={() =>
              attempt(`download the ${kindWords} template`, () => downloadImportTemplate(state.kind, 'csv'))
            }
          >
            CSV template (.csv)
          </Button>
        </Box>
      </Box>
    </StepFrame>
  );
}
