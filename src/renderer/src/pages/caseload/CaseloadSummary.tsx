import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CaseloadFigures, CaseloadThresholds } from '../../../../shared/domain/caseload.ts';
import { NormBadge } from './NormBadge.tsx';
import { contactsNormWords, contactsPerPersonText, expectedWords, recordedWords, windowWords } from './figureWords.ts';

/** A worker's two figures over the rolling 12 months, each against its norm. */
export function CaseloadSummary({ figures, thresholds }: { figures: CaseloadFigures; thresholds: CaseloadThresholds }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 1, m: 0 }}>
      <Typography component="dt" sx={{ fontWeight: 600 }}>
        People supported, {windowWords(figures)}
      </Typography>
      <Box component="dd" sx={{ m: 0, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {figures.peopleSupported} <NormBadge flag={figures.peopleFlag} detail={expectedWords(figures)} />
        <Typography component="span" variant="body2" color="text.secondary">
          ({recordedWords(figures)})
        </Typography>
      </Box>
      <Typography component="dt" sx={{ fontWeight: 600 }}>
        Contacts per person
      </Typography>
      <Box component="dd" sx={{ m: 0, display: 'flex', gap: 1, alignItems: 'center' }}>
        {contactsPerPersonText(figures)}{' '}
        <NormBadge flag={figures.contactsFlag} detail={contactsNormWords(thresholds)} />
      </Box>
    </Box>
  );
}
