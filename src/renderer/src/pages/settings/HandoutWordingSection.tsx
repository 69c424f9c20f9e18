import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useAbilities } from '../../app/abilities.ts';
import { handoutWording } from '../../stores/handouts.ts';
import { HandoutWordingForm } from './HandoutWordingForm.tsx';
import { Loaded } from './Loaded.tsx';

function Wording() {
  const state = handoutWording.use(null);
  const [saved, setSaved] = useState(false);
  return (
    <Loaded state={state} what="the handout’s wording" retry={() => void handoutWording.load(null)}>
      {(wording) => (
        <HandoutWordingForm key={JSON.stringify(wording)} wording={wording} saved={saved} onSaved={setSaved} />
      )}
    </Loaded>
  );
}

/** The words around every link worker's patient handout: the PCN's own, starting from Linkwork's plain English. */
export function HandoutWordingSection() {
  const { changesAll } = useAbilities();
  return (
    <Paper component="section" aria-label="Patient handout" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h2">Patient handout</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        The page practice staff give to patients referred to a link worker. Each link worker’s page prints it with their
        name, surgery and contact details; the words around them are set here.
      </Typography>
      {changesAll ? (
        <Wording />
      ) : (
        <Alert severity="info" role="note">
          The PCN workforce lead sets the wording of the patient handout.
        </Alert>
      )}
    </Paper>
  );
}
