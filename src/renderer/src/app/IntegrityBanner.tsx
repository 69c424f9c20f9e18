import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import { formatUkDateTime } from '../../../shared/rules/dates.ts';
import { countOf } from '../../../shared/rules/words.ts';
import { useAppStore } from '../stores/app.ts';
import { useAbilities } from './abilities.ts';
import { href } from './router.ts';

/**
 * When the check made on opening the data file found problems, every page says so to those who may read the
 * audit log, with a link to it, until the file is opened again.
 */
export function IntegrityBanner() {
  const integrity = useAppStore((s) => s.status?.integrity ?? null);
  const readsAll = useAbilities().readsAll;
  if (!readsAll || !integrity || integrity.problems === 0) return null;
  const problems = countOf(integrity.problems, 'problem');
  return (
    <Alert severity="error" role="status" aria-label="Integrity problems" sx={{ mb: 2 }}>
      {`When Linkwork opened this data file on ${formatUkDateTime(integrity.checkedAt)}, it found ${problems} suggesting that records or audit entries were changed outside Linkwork. `}
      <Link href={href('audit')} color="inherit">
        See the audit log
      </Link>
    </Alert>
  );
}
