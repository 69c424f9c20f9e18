import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ItemCount } from '../../../../shared/domain/home.ts';
import { countOf } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';

/** A count that opens the list it counts: "12 overdue, 5 people", the figure large. */
export function CountLink({ count, label, to }: { count: ItemCount; label: string; to: string }) {
  return (
    <Link href={href(to)} underline="hover" sx={{ display: 'block', py: 0.5 }}>
      <Box component="span" sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
        <Typography component="span" sx={{ fontSize: '1.75rem', fontWeight: 600, minWidth: '2.5ch' }}>
          {count.items.toLocaleString('en-GB')}
        </Typography>{' '}
        <Typography component="span">{`${label}, ${countOf(count.people, 'person', 'people')}`}</Typography>
      </Box>
    </Link>
  );
}
