import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Profile } from '../../../../shared/domain/competencies.ts';
import { ProfileChart } from './ProfileChart.tsx';

/** Agreed ratings by area from the latest signed assessment, the gaps below the target and what changed. */
export function ProfileSection({ profile }: { profile: Profile }) {
  const gaps = profile.latest?.areas.flatMap((a) => a.gaps) ?? [];
  const changes = profile.changes.filter((c) => c.change);
  return (
    <Paper component="section" aria-label="Profile" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h2" gutterBottom>
        Profile
      </Typography>
      {profile.latest ? (
        <>
          <ProfileChart profile={profile} />
          <Typography variant="h3" sx={{ mt: 2 }}>
            {`Gaps below the target (${profile.target} ${profile.ratingLabels[profile.target] ?? ''})`}
          </Typography>
          {gaps.length ? (
            <ul>
              {gaps.map((g) => (
                <li key={g.competencyId}>{`${g.title}: ${g.rating} ${profile.ratingLabels[g.rating ?? 0] ?? ''}`}</li>
              ))}
            </ul>
          ) : (
            <Typography>None.</Typography>
          )}
          {changes.length > 0 && (
            <>
              <Typography variant="h3" sx={{ mt: 2 }}>
                Change since the last assessment
              </Typography>
              <ul>
                {changes.map((c) => (
                  <li
                    key={c.competencyId}
                  >{`${c.title}: ${c.before} → ${c.after} (${(c.change ?? 0) > 0 ? '+' : ''}${c.change})`}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <Typography>The profile appears once an assessment has been signed.</Typography>
      )}
    </Paper>
  );
}
