import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { HandoutPlaceholder, HandoutWording } from '../../../../shared/domain/handouts.ts';
import {
  HANDOUT_PLACEHOLDERS,
  ONE_LINE_PARTS,
  WORDING_LABELS,
  WORDING_PARTS,
} from '../../../../shared/domain/handouts.ts';
import { fillPlaceholders, placeholderProblem } from '../../../../shared/rules/handout-wording.ts';
import { fleschReadingEase, readingEaseWords } from '../../../../shared/rules/readability.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { saveHandoutWording } from '../../stores/handouts.ts';

/** Typical values, so the score reads the wording as a patient would meet it. */
const SAMPLE: Record<HandoutPlaceholder, string> = {
  name: 'Sam Jones',
  firstName: 'Sam',
  practices: 'Riverside Surgery',
  pcn: 'Riverside PCN',
};

function ReadingEaseHint({ wording }: { wording: HandoutWording }) {
  const result = fleschReadingEase(WORDING_PARTS.map((part) => fillPlaceholders(wording[part], SAMPLE)).join('\n'));
  if (!result) return null;
  return (
    <Alert severity={result.score >= 70 ? 'success' : 'warning'} role="note" sx={{ mb: 2 }}>
      Reading ease (Flesch): {result.score} out of 100, {readingEaseWords(result.score)}. Aim for 70 or more, which
      suits a reading age of about 9. ({result.words} words in {result.sentences} sentences or headings.)
    </Alert>
  );
}

/** The lead's wording for every patient handout, with a hint of how easily it reads. */
export function HandoutWordingForm(props: { wording: HandoutWording; saved: boolean; onSaved(saved: boolean): void }) {
  const { wording, saved, onSaved } = props;
  const [draft, setDraft] = useState(wording);
  const { submit, fieldErrors, formError, busy } = useSubmit();
  return (
    <Box
      component="form"
      aria-label="Patient handout wording"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSaved(false);
        void submit(async () => {
          await saveHandoutWording(draft);
          onSaved(true);
        });
      }}
    >
      <ErrorSummary message={formError} busy={busy} />
      <Typography variant="body2" sx={{ mb: 1 }}>
        Each worker’s handout fills in these placeholders:
      </Typography>
      <Box component="ul" sx={{ mt: 0, mb: 2, pl: 3 }}>
        {Object.entries(HANDOUT_PLACEHOLDERS).map(([name, meaning]) => (
          <Typography component="li" variant="body2" key={name}>
            <code>{`{${name}}`}</code>: {meaning}
          </Typography>
        ))}
      </Box>
      <ReadingEaseHint wording={draft} />
      <Box sx={{ display: 'grid', gap: 2 }}>
        {WORDING_PARTS.map((part) => {
          const problem = fieldErrors[part] ?? placeholderProblem(draft[part]);
          return (
            <TextField
              key={part}
              label={WORDING_LABELS[part]}
              value={draft[part]}
              onChange={(e) => setDraft({ ...draft, [part]: e.target.value })}
              error={Boolean(problem)}
              helperText={problem ?? (ONE_LINE_PARTS.has(part) ? undefined : 'A blank line starts a new paragraph')}
              multiline={!ONE_LINE_PARTS.has(part)}
              minRows={ONE_LINE_PARTS.has(part) ? undefined : 2}
              slotProps={{ htmlInput: { name: part } }}
            />
          );
        })}
      </Box>
      {saved && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Handout wording saved: every link worker’s handout now uses it.
        </Alert>
      )}
      <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 2 }}>
        Save handout wording
      </Button>
    </Box>
  );
}
