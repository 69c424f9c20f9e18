import { BarChart } from '@mui/x-charts/BarChart';
import type { Profile } from '../../../../shared/domain/competencies.ts';
import { formatUkDayOf } from '../../../../shared/rules/dates.ts';

/** Agreed ratings by area: the latest signed assessment beside the one before, on the 0–3 scale. */
export function ProfileChart({ profile }: { profile: Profile }) {
  const latest = profile.latest;
  if (!latest) return null;
  const dateOf = (p: Profile['latest']) => (p?.assessment.signedAt ? formatUkDayOf(p.assessment.signedAt) : '');
  const series = [
    ...(profile.previous
      ? [
          {
            data: profile.previous.areas.map((a) => a.agreedAverage),
            label: `Previous (${dateOf(profile.previous)})`,
            color: '#aeb7bd',
          },
        ]
      : []),
    { data: latest.areas.map((a) => a.agreedAverage), label: `Latest (${dateOf(latest)})`, color: '#005eb8' },
  ];
  return (
    <figure style={{ margin: 0 }} aria-label="Agreed ratings by area">
      <BarChart
        height={320}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: latest.areas.map((a) => a.title), width: 230 }]}
        xAxis={[
          {
            min: 0,
            max: 3,
            tickNumber: 4,
            label: `Agreed rating (0 ${profile.ratingLabels[0]} to 3 ${profile.ratingLabels[3]})`,
          },
        ]}
        series={series}
      />
      <figcaption style={{ position: 'absolute', left: -10000 }}>
        {latest.areas.map((a) => `${a.title}: ${a.agreedAverage ?? 'not agreed'}`).join('; ')}
      </figcaption>
    </figure>
  );
}
