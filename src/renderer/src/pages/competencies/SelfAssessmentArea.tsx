import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FrameworkDocument, Rating, RatingEntry } from '../../../../shared/domain/competencies.ts';
import { RATINGS } from '../../../../shared/domain/competencies.ts';
import type { EvidenceOption } from './evidenceOptions.ts';
import type { SelfChange } from './useAssessment.ts';

type Area = FrameworkDocument['areas'][number];

/** One area of the framework: a rating and a reflection for each competency, saved as the worker goes. */
export function SelfAssessmentArea(props: {
  area: Area;
  ratings: Map<string, RatingEntry>;
  labels: string[];
  evidenceOptions: EvidenceOption[];
  evidenceLoading: boolean;
  onChange(competencyId: string, change: SelfChange): void;
}) {
  return (
    <Box component="section" aria-labelledby={`area-${props.area.id}`}>
      <Typography variant="h2" id={`area-${props.area.id}`} gutterBottom>
        {props.area.title}
      </Typography>
      {props.area.competencies.map((c) => {
        const entry = props.ratings.get(c.id);
        const labelId = `competency-${c.id}`;
        return (
          <Box key={c.id} sx={{ borderTop: '1px solid #e8edee', py: 2 }}>
            <FormControl component="fieldset" sx={{ width: '100%' }}>
              <FormLabel
                component="legend"
                id={labelId}
                sx={{ color: 'text.primary', fontWeight: 600, fontSize: '1rem' }}
              >
                {c.title}
              </FormLabel>
              {c.description && (
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {c.description}
                </Typography>
              )}
              <RadioGroup
                row
                aria-labelledby={labelId}
                value={entry?.selfRating ?? ''}
                onChange={(e) => props.onChange(c.id, { selfRating: Number(e.target.value) as Rating })}
              >
                {RATINGS.map((r) => (
                  <FormControlLabel key={r} value={r} control={<Radio />} label={`${r} ${props.labels[r] ?? ''}`} />
                ))}
              </RadioGroup>
            </FormControl>
            <TextField
              label={`Reflection on ${c.title}`}
              multiline
              minRows={2}
              value={entry?.reflection ?? ''}
              onChange={(e) => props.onChange(c.id, { reflection: e.target.value })}
              helperText="What you did, what you learnt, and the evidence. Staff data only: never patient details."
              sx={{ mt: 1 }}
            />
            <Autocomplete
              multiple
              size="small"
              options={props.evidenceOptions}
              loading={props.evidenceLoading}
              value={props.evidenceOptions.filter((o) => entry?.evidenceRecordIds.includes(o.id))}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              onChange={(_e, chosen) => props.onChange(c.id, { evidenceRecordIds: chosen.map((o) => o.id) })}
              noOptionsText="No completed training records yet"
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={`Evidence for ${c.title}`}
                  placeholder="Link training records and certificates"
                />
              )}
            />
          </Box>
        );
      })}
    </Box>
  );
}
