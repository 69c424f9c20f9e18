import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { Requirement } from '../../../../shared/domain/requirements.ts';
import { REQUIREMENT_KIND_LABELS } from '../../../../shared/domain/requirements.ts';
import { PageState } from '../../components/PageState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { requirementCatalogue } from '../../stores/requirements.ts';
import { StepFrame } from './StepFrame.tsx';
import type { ImportWizard } from './useImportWizard.ts';

/** The requirements a training record can be for: current ones met by a record, training first, each by title. */
function recordable(catalogue: Requirement[]) {
  const training = (r: Requirement) => (r.kind === 'training' ? 0 : 1);
  return catalogue
    .filter((r) => r.retiredOn === null && r.check === 'record')
    .sort((a, b) => training(a) - training(b) || a.title.localeCompare(b.title, 'en-GB'))
    .map((r) => ({
      value: r.id,
      label: r.kind === 'training' ? r.title : `${r.title} (${REQUIREMENT_KIND_LABELS[r.kind].toLowerCase()})`,
    }));
}

/** Step 3 (training records only): which requirement each course name the catalogue does not know is. */
export function CoursesStep({ wizard }: { wizard: ImportWizard }) {
  const { state } = wizard;
  const catalogue = requirementCatalogue.use(null);
  const options = useMemo(() => (catalogue.status === 'ready' ? recordable(catalogue.data) : []), [catalogue]);
  return (
    <StepFrame
      title="Match the courses"
      takeFocus
      error={state.error}
      busy={state.busy}
      onBack={wizard.back}
      next={{ label: 'Next: check the rows', onClick: wizard.afterCourses }}
    >
      <Typography>
        These course names are not in the catalogue. Choose the requirement each one is, and Linkwork remembers it for
        next time; a course left out is reported as a problem on each of its rows.
      </Typography>
      <PageState state={catalogue} what="the requirements" retry={() => void requirementCatalogue.load(null)}>
        {() => (
          <Box sx={{ display: 'grid', gap: 1, maxWidth: 560 }}>
            {state.coursesToMatch.map((course) => (
              <SelectField
                key={course}
                label={course}
                value={state.courses[course] ?? ''}
                options={options}
                noneLabel="Leave it out (reported as a problem)"
                helperText="The requirement this course is"
                onChange={(requirementId) => wizard.setCourse(course, requirementId)}
              />
            ))}
          </Box>
        )}
      </PageState>
    </StepFrame>
  );
}
