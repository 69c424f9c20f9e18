import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Heatmap } from '../../../../shared/domain/competencies.ts';
import { formatUkDate } from '../../../../shared/rules/dates.ts';
import { href } from '../../app/router.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageState } from '../../components/PageState.tsx';
import { competencyHeatmap } from '../../stores/competencies.ts';

/** Pale to strong blue for 0 to 3; the number is always written in the cell. */
function shade(value: number | null): { bg: string; fg: string } {
  if (value === null) return { bg: '#f0f4f5', fg: '#4c6272' };
  const steps = [
    { bg: '#fbe3e1', fg: '#7a1a12' },
    { bg: '#fff4d6', fg: '#5c3b00' },
    { bg: '#d6e9f8', fg: '#003d78' },
    { bg: '#005eb8', fg: '#ffffff' },
  ];
  return steps[Math.min(3, Math.floor(value))] as { bg: string; fg: string };
}

const cellSx = { border: '1px solid #fff', px: 1, py: 0.75, textAlign: 'center', fontSize: '0.85rem' } as const;

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

function HeatmapView({ map }: { map: Heatmap }) {
  const weakest = map.areas
    .map((a, i) => ({ title: a.title, value: map.teamAverages[i] ?? null }))
    .filter((a) => a.value !== null)
    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
    .slice(0, 3);

  return (
    <>
      <PageHeader
        title="Competencies"
        subtitle={`Agreed ratings by area from each link worker's latest signed assessment · ${map.frameworkTitle}`}
      />
      <Paper sx={{ p: 2 }}>
        {weakest.length > 0 && (
          <Typography sx={{ mb: 2 }} role="status">
            Weakest areas for the team: {weakest.map((w) => `${w.title} (${w.value?.toFixed(2)})`).join(', ')}.
          </Typography>
        )}
        {map.rows.length === 0 ? (
          <Typography>No signed assessments yet.</Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Box component="table" aria-label="Competency heat map" sx={{ borderCollapse: 'collapse', minWidth: 900 }}>
              <thead>
                <tr>
                  <Box component="th" scope="col" sx={{ ...cellSx, textAlign: 'left' }}>
                    Link worker
                  </Box>
                  {map.areas.map((a) => (
                    <Box component="th" scope="col" key={a.id} sx={{ ...cellSx, fontWeight: 600, maxWidth: 130 }}>
                      {a.title}
                    </Box>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...map.rows, { workerId: 0, name: 'Team average', signedAt: '', averages: map.teamAverages }].map(
                  (row) => (
                    <tr key={row.workerId}>
                      <Box
                        component="th"
                        scope="row"
                        sx={{ ...cellSx, textAlign: 'left', fontWeight: row.workerId ? 400 : 700 }}
                      >
                        {row.workerId ? <a href={href(`staff/${row.workerId}/competencies`)}>{row.name}</a> : row.name}
                        {row.signedAt && (
                          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                            signed {formatUkDate(row.signedAt.slice(0, 10))}
                          </Typography>
                        )}
                      </Box>
                      {row.averages.map((v, i) => {
                        const colour = shade(v);
                        return (
                          <Box
                            component="td"
                            key={map.areas[i]?.id}
                            sx={{
                              ...cellSx,
                              bgcolor: colour.bg,
                              color: colour.fg,
                              fontWeight: row.workerId ? 400 : 700,
                            }}
                          >
                            {v === null ? '—' : v.toFixed(1)}
                          </Box>
                        );
                      })}
                    </tr>
                  ),
                )}
              </tbody>
            </Box>
          </Box>
        )}
      </Paper>
    </>
  );
}
