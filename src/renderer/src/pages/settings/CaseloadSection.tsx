import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CaseloadThresholds } from '../../../../shared/domain/caseload.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LeadOnly } from '../../components/LeadOnly.tsx';
import { ReadOnlyArea } from '../../components/ReadOnlyArea.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { caseloadThresholds, saveCaseloadThresholds } from '../../stores/caseload.ts';
import { Loaded } from './Loaded.tsx';

const FIELDS: readonly { key: keyof CaseloadThresholds; label: string }[] = [
  { key: 'peoplePerYearMin', label: 'Fewest people a year' },
  { key: 'peoplePerYearMax', label: 'Most people a year' },
  { key: 'contactsPerPersonMin', label: 'Fewest contacts per person' },
  { key: 'contactsPerPersonMax', label: 'Most contacts per person' },
];

/** A typed number, or NaN for the backend to name rather than a silent 0. */
const typed = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

function ThresholdsForm({ thresholds }: { thresholds: CaseloadThresholds }) {
  const [text, setText] = useState(
    Object.fromEntries(FIELDS.map((f) => [f.key, String(thresholds[f.key])])) as Record<
      keyof CaseloadThresholds,
      string
    >,
  );
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <Box
      component="form"
      aria-label="Caseload norms"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() =>
          saveCaseloadThresholds({
            peoplePerYearMin: typed(text.peoplePerYearMin),
            peoplePerYearMax: typed(text.peoplePerYearMax),
            contactsPerPersonMin: typed(text.contactsPerPersonMin),
            contactsPerPersonMax: typed(text.contactsPerPersonMax),
          }),
        );
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, gap: 2, mt: 1 }}>
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            value={text[f.key]}
            onChange={(e) => setText({ ...text, [f.key]: e.target.value })}
            error={Boolean(fieldErrors[f.key])}
            helperText={fieldErrors[f.key] ?? ' '}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
        ))}
      </Box>
      <LeadOnly>
        <Button type="submit" variant="contained" disabled={busy}>
          Save caseload norms
        </Button>
      </LeadOnly>
    </Box>
  );
}

/** The norms each link worker's caseload is compared with; the lead changes them. */
export function CaseloadSection() {
  const state = caseloadThresholds.use(null);
  return (
    <Paper component="section" aria-label="Caseload norms" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h2">Caseload norms</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        NHS England describes a typical link worker caseload as 200 to 250 people a year, over 6 to 12 contacts each,
        depending on how complex people&apos;s needs are and how mature the scheme is. The Caseload page flags anyone
        above or below these; the people norm is pro-rated to months in post and hours worked.
      </Typography>
      <Loaded state={state} what="the caseload norms" retry={() => void caseloadThresholds.load(null)}>
        {(t) => (
          <ReadOnlyArea>
            <ThresholdsForm key={JSON.stringify(t)} thresholds={t} />
          </ReadOnlyArea>
        )}
      </Loaded>
    </Paper>
  );
}
