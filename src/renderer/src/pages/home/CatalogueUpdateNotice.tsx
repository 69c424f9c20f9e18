import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { CatalogueChange } from '../../../../shared/domain/catalogue-update.ts';
import { formatUkDayOf } from '../../../../shared/rules/dates.ts';
import { useAbilities } from '../../app/abilities.ts';
import { href } from '../../app/router.ts';
import { catalogueUpdate, dismissCatalogueUpdate } from '../../stores/catalogue-update.ts';
import { dataOf } from '../../stores/loadable.ts';
import { attempt } from '../../stores/notices.ts';

const OUTCOME_WORDS: Record<CatalogueChange['outcome'], string> = {
  applied: '',
  kept_local_edit: ' Not changed here: your PCN had edited this requirement, so your version is kept.',
  not_in_catalogue: ' Not changed here: the requirement is no longer in your catalogue.',
};

/**
 * Tells the lead what a built-in catalogue update changed at opening, until they dismiss it. Shows nothing while
 * loading or if it cannot load: the home page works without it, and it is there again next time.
 */
export function CatalogueUpdateNotice() {
  // The viewer reads the lead's home too, but the notice (and dismissing it) is the lead's.
  const { changesAll } = useAbilities();
  const notice = dataOf(catalogueUpdate.use(null, changesAll));
  if (!notice) return null;
  const kept = notice.changes.some((c) => c.outcome !== 'applied');
  return (
    <Alert
      severity="info"
      // Not urgent: read out politely rather than interrupting as an alert would.
      role="status"
      sx={{ mb: 2 }}
      aria-labelledby="catalogue-update-title"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => attempt('dismiss the notice', () => dismissCatalogueUpdate(notice.version))}
        >
          Dismiss
        </Button>
      }
    >
      <AlertTitle id="catalogue-update-title">
        {`The requirements catalogue was updated to version ${notice.version} on ${formatUkDayOf(notice.appliedAt)}`}
      </AlertTitle>
      <Typography component="ul" variant="body2" sx={{ m: 0, pl: 2.5 }}>
        {notice.changes.map((change) => (
          <li key={change.requirementId}>{`${change.says}.${OUTCOME_WORDS[change.outcome]}`}</li>
        ))}
      </Typography>
      {kept && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Link href={href('settings')} color="inherit">
            Review your requirements in Settings
          </Link>
        </Typography>
      )}
    </Alert>
  );
}
