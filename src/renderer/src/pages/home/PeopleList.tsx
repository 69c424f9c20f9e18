import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { countOf } from '../../../../shared/rules/words.ts';
import { href } from '../../app/router.ts';

const SHOWN = 5;

/** The first few of a list, each a link, then how many more: a card stays short however many there are. */
export function ShortList<T>({
  items,
  none,
  label,
  linkOf,
  textOf,
  more,
}: {
  items: readonly T[];
  /** Said when the list is empty. */
  none: string;
  /** The list's accessible name. */
  label: string;
  linkOf(item: T): string;
  textOf(item: T): ReactNode;
  /** Where the whole list is, for "and 12 more". */
  more?: { to: string; label: string };
}) {
  if (items.length === 0) return <Typography color="text.secondary">{none}</Typography>;
  const hidden = items.length - SHOWN;
  return (
    <>
      <ul aria-label={label} style={{ margin: 0, paddingLeft: 20 }}>
        {items.slice(0, SHOWN).map((item) => (
          <li key={linkOf(item)}>
            <Link href={href(linkOf(item))} underline="hover">
              {textOf(item)}
            </Link>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {more ? (
            <Link href={href(more.to)}>{`and ${countOf(hidden, 'more', 'more')}: ${more.label}`}</Link>
          ) : (
            `and ${countOf(hidden, 'more', 'more')}`
          )}
        </Typography>
      )}
    </>
  );
}
