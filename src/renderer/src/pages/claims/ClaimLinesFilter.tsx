import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { ClaimLinesFilterState } from '../../../../shared/rules/claim-lines.ts';
import { countOf } from '../../../../shared/rules/words.ts';

/** Find one person, or only the lines that stop the claim, among hundreds or thousands. */
export function ClaimLinesFilter(props: {
  filter: ClaimLinesFilterState;
  onChange(filter: ClaimLinesFilterState): void;
  shown: number;
  total: number;
  /** Steps that act on the lines shown, such as confirming their NWRS records. */
  actions?: ReactNode;
}) {
  const { filter, onChange } = props;
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
      <TextField
        label="Search people"
        size="small"
        sx={{ width: 280 }}
        value={filter.search}
        onChange={(e) => onChange({ ...filter, search: e.target.value })}
      />
      <FormControlLabel
        control={
          <Switch
            checked={filter.blockedOnly}
            onChange={(e) => onChange({ ...filter, blockedOnly: e.target.checked })}
          />
        }
        label="Blocked lines only"
      />
      {props.actions}
      <Typography role="status" sx={{ ml: 'auto' }} color="text.secondary">
        {props.shown === props.total
          ? countOf(props.total, 'line')
          : `${props.shown.toLocaleString('en-GB')} of ${countOf(props.total, 'line')}`}
      </Typography>
    </Box>
  );
}
