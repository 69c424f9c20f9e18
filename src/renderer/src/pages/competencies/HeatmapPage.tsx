import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import type { Heatmap } from '../../../../shared/domain/competencies.ts';
import { ROLE_LABELS } from '../../../../shared/domain/staff.ts';
import { teamAverages } from '../../../../shared/rules/competencies.ts';
import { ratingFigure, ratingLegend } from '../../../../shared/rules/rating-tone.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';
import { Legend } from '../../components/StatusLegend.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { SelectField, idText, textId } from '../../components/SelectField.tsx';
import { competencyHeatmap } from '../../stores/competencies.ts';
import { useOrganisationStore } from '../../stores/organisation.ts';
import { appSettings } from '../../stores/settings.ts';
import { dataOf } from '../../stores/loadable.ts';
import { HeatmapTable } from './HeatmapTable.tsx';

export function HeatmapPage() {
  const state = competencyHeatmap.use(null);
  return (
    <PageState
      state={state}
      what="the competency heat map"
      back={{ href: href('staff'), label: 'Back to the staff register' }}
      retry={() => void competencyHeatmap.load(null)}
    >
      {(map) => <HeatmapView map={map} />}
    </PageState>
  );
}

/** The framework shown first: the one with the most people on it. */
const busiest = (map: Heatmap) => [...map.frameworks].sort((a, b) => b.rows.length - a.rows.length)[0]?.id ?? '';

function HeatmapView({ map }: { map: Heatmap }) {
  const [frameworkId, setFrameworkId] = useState(() => busiest(map));
  const [employerId, setEmployerId] = useState<number | null>(null);
  const [practiceId, setPracticeId] = useState<number | null>(null);
  const { employers, practices, load: loadOrganisation } = useOrganisationStore();
  const labels = dataOf(appSettings.use(null))?.ratingLabels ?? ['', '', '', ''];
  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  const framework = map.frameworks.find((f) => f.id === frameworkId) ?? map.frameworks[0];
  const rows = useMemo(
    () =>
      (framework?.rows ?? []).filter(
        (r) =>
          (employerId === null || r.employerId === employerId) &&
          (practiceId === null || r.basePracticeId === practiceId),
      ),
    [framework, employerId, practiceId],
  );
  const practiceNames = useMemo(() => new Map(practices.map((p) => [p.id, p.name])), [practices]);
  const averages = useMemo(() => teamAverages(rows, framework?.areas.length ?? 0), [rows, framework]);
  const weakest = (framework?.areas ?? [])
    .map((a, i) => ({ title: a.title, value: averages[i] ?? null }))
    .filter((a) => a.value !== null)
    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
    .slice(0, 3);
  const everyone = framework?.rows.length ?? 0;

  return (
    <>
      <PageHeader
        title="Competencies"
        subtitle={
          framework
            ? `Agreed ratings by area from each person's latest signed assessment · ${framework.title}`
            : 'Agreed ratings by area from each person’s latest signed assessment'
        }
      />
      <Paper sx={{ p: 2 }}>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: map.frameworks.length > 1 ? '2fr 1fr 1fr' : '1fr 1fr' },
            gap: 1.5,
            mb: 1,
          }}
        >
          {map.frameworks.length > 1 && (
            <SelectField
              label="Framework"
              value={framework?.id ?? ''}
              options={map.frameworks.map((f) => ({
                value: f.id,
                label: `${f.title}: ${f.roles.map((r) => ROLE_LABELS[r]).join(', ')} (${f.rows.length})`,
              }))}
              onChange={setFrameworkId}
            />
          )}
          <SelectField
            label="Employer"
            value={idText(employerId)}
            options={employers.map((e) => ({ value: String(e.id), label: e.name }))}
            noneLabel="All employers"
            onChange={(v) => setEmployerId(textId(v))}
          />
          <SelectField
            label="Practice"
            value={idText(practiceId)}
            options={practices.map((p) => ({ value: String(p.id), label: p.name }))}
            noneLabel="All practices"
            onChange={(v) => setPracticeId(textId(v))}
          />
        </Box>
        <Legend label="Key to the colours" items={ratingLegend(labels)} />
        <Typography role="status" sx={{ my: 1 }}>
          {rows.length === everyone
            ? `${countOf(everyone, 'person', 'people')} with a signed assessment`
            : `${rows.length.toLocaleString('en-GB')} of ${countOf(everyone, 'person', 'people')} with a signed assessment`}
          {weakest.length > 0 &&
            ` · weakest areas: ${weakest.map((w) => `${w.title} (${ratingFigure(w.value)})`).join(', ')}`}
        </Typography>
        {framework && everyone > 0 ? (
          <HeatmapTable
            framework={framework}
            rows={rows}
            averages={averages}
            practiceName={(id) => (id === null ? '' : (practiceNames.get(id) ?? ''))}
          />
        ) : (
          <Typography>
            No signed assessments yet. The heat map fills in as supervisors sign their workers&apos; assessments.
          </Typography>
        )}
      </Paper>
    </>
  );
}
