import Box from '@mui/material/Box';
import type { ImportField } from '../../../../shared/domain/imports.ts';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS_OF, REQUIRED_IMPORT_FIELDS } from '../../../../shared/domain/imports.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { columnName, listed, missingRequired } from './importWords.ts';
import { SamplePreview } from './SamplePreview.tsx';
import { StepFrame } from './StepFrame.tsx';
import type { ImportWizard } from './useImportWizard.ts';

/** A choice of its own (not an empty value), so the select shows it in words. */
const NOT_IN_FILE = 'none';

/** Step 2: which of the file's columns holds each field, as guessed from its headings, and the file's first rows. */
export function ColumnsStep({ wizard }: { wizard: ImportWizard }) {
  const { state } = wizard;
  const headers = state.report?.headers ?? [];
  const options = [
    { value: NOT_IN_FILE, label: 'Not in the file' },
    ...headers.map((_, index) => ({ value: String(index), label: columnName(headers, index) })),
  ];
  const required: readonly ImportField[] = REQUIRED_IMPORT_FIELDS[state.kind];
  const missing = missingRequired(state.kind, state.columns);
  return (
    <StepFrame
      title="Match the columns"
      takeFocus
      error={state.error}
      busy={state.busy}
      onBack={wizard.back}
      next={{ label: 'Next: check the rows', disabled: missing.length > 0, onClick: wizard.afterColumns }}
      waiting={missing.length > 0 ? `Choose the column that holds ${listed(missing)} to go on.` : null}
    >
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 2, rowGap: 1 }}
      >
        {IMPORT_FIELDS_OF[state.kind].map((field: ImportField) => {
          const column = state.columns[field] ?? null;
          return (
            <SelectField
              key={field}
              label={IMPORT_FIELD_LABELS[field]}
              required={required.includes(field)}
              value={column === null ? NOT_IN_FILE : String(column)}
              options={options}
              onChange={(value) => wizard.setColumn(field, value === NOT_IN_FILE ? null : Number(value))}
            />
          );
        })}
      </Box>
      {state.report && <SamplePreview headers={headers} sample={state.report.sample} rows={state.report.rows} />}
    </StepFrame>
  );
}
