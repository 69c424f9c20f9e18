import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LeadOnly } from '../../components/LeadOnly.tsx';

/** A settings section of figures: its title with the lead's Add button, a line on what the figures do, then them. */
export function SectionWithAdd(props: {
  title: string;
  addLabel: string;
  onAdd(): void;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" aria-label={props.title} sx={{ p: 2, mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2 }}>
        <Typography variant="h2">{props.title}</Typography>
        <LeadOnly>
          <Button variant="outlined" sx={{ ml: 'auto' }} onClick={props.onAdd}>
            {props.addLabel}
          </Button>
        </LeadOnly>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {props.intro}
      </Typography>
      {props.children}
    </Paper>
  );
}
