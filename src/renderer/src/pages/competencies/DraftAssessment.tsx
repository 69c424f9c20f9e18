import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { AssessmentDetail } from '../../../../shared/domain/competencies.ts';
import { coverageOf } from '../../../../shared/rules/competencies.ts';
import { Failed } from '../../components/PageState.tsx';
import { submitAssessment } from '../../stores/competencies.ts';
import { workerCompliance } from '../../stores/compliance.ts';
import { dataOf } from '../../stores/loadable.ts';
import { evidenceOptions } from './evidenceOptions.ts';
import { SelfAssessmentArea } from './SelfAssessmentArea.tsx';
import { SignOffBar } from './SignOffBar.tsx';
import type { AssessmentRatings } from './useAssessment.ts';

const SAVE_WORDS = { idle: '', saving: 'Saving…', saved: 'All changes saved', error: 'Not saved' } as const;

/** The worker rates and reflects, one area at a time, then submits for review. */
export function DraftAssessment({ detail, ratings: r }: { detail: AssessmentDetail; ratings: AssessmentRatings }) {
  const { assessment: a, framework, ratingLabels } = detail;
  const [areaIndex, setAreaIndex] = useState(0);
  const records = workerCompliance.use(a.workerId);
  const options = useMemo(() => {
    const compliance = dataOf(records);
    return compliance ? evidenceOptions(compliance) : [];
  }, [records]);
  const area = framework.areas[areaIndex] ?? framework.areas[0];
  if (!area) return null;

  return (
    <>
      {records.status === 'failed' && (
        <Box sx={{ mb: 2 }}>
          <Failed
            what="the training records to link as evidence"
            message={records.error.message}
            retry={() => void workerCompliance.load(a.workerId)}
          />
        </Box>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '260px 1fr' }, gap: 3, alignItems: 'start' }}>
        <Paper component="nav" aria-label="Areas" sx={{ p: 1 }}>
          <List dense>
            {framework.areas.map((ar, i) => {
              const done = ar.competencies.filter((c) => r.ratings.get(c.id)?.selfRating != null).length;
              return (
                <ListItem disablePadding key={ar.id}>
                  <ListItemButton
                    selected={i === areaIndex}
                    aria-current={i === areaIndex ? 'step' : undefined}
                    onClick={() => setAreaIndex(i)}
                  >
                    <ListItemText primary={ar.title} secondary={`${done} of ${ar.competencies.length} rated`} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </Paper>
        <Paper sx={{ p: 3 }}>
          <SelfAssessmentArea
            area={area}
            ratings={r.ratings}
            labels={ratingLabels}
            evidenceOptions={options}
            evidenceLoading={records.status === 'loading'}
            onChange={r.changeSelf}
          />
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 2 }}>
            <Button disabled={areaIndex === 0} onClick={() => setAreaIndex((i) => i - 1)}>
              Previous area
            </Button>
            <Button
              variant="outlined"
              disabled={areaIndex >= framework.areas.length - 1}
              onClick={() => setAreaIndex((i) => i + 1)}
            >
              Next area
            </Button>
            <Typography role="status" color="text.secondary" sx={{ ml: 2 }}>
              {SAVE_WORDS[r.saveState]}
            </Typography>
          </Box>
        </Paper>
      </Box>
      <SignOffBar
        coverage={coverageOf(framework, [...r.ratings.values()], 'submit', detail.signOff)}
        label="Submit for review"
        problem={r.error}
        onConfirm={async () => {
          await r.flush();
          await submitAssessment(a.id);
        }}
      />
    </>
  );
}
