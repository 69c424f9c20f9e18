import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useLayoutEffect, useRef, useState } from 'react';
import type { FlaggedField } from './flaggedFields.ts';
import { flaggedFields, moveTo } from './flaggedFields.ts';

/** The fields named in a sentence ("Start date, Leaving date"), still a list to a screen reader. */
const INLINE_LIST = {
  display: 'inline',
  m: 0,
  p: 0,
  '& li': { display: 'inline' },
} as const;

/** Clear of the fixed top bar on a page; at the top of the scrolling content in a dialog. */
const STICKY_TOP = { page: { xs: 64, sm: 72 }, dialog: 0 } as const;

/**
 * Why the last save failed, kept in view at the top of its form while the user scrolls (it sticks below the top
 * bar). When the backend flagged fields, the cursor goes to the first of them and the summary names each one
 * as a link that moves the cursor to it (each field shows its own message, read with it when it has the focus,
 * so the summary stays short enough to stay in view); otherwise the summary takes the focus and shows the
 * backend's reason.
 * It acts after every failed attempt (when `busy` falls back), not only when the message changes.
 */
export function ErrorSummary(props: { message: string | null; busy: boolean; inDialog?: boolean }) {
  const { message, busy } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [flagged, setFlagged] = useState<FlaggedField[]>([]);

  useLayoutEffect(() => {
    const summary = ref.current;
    if (message === null || busy || !summary) return;
    const form = summary.closest<HTMLElement>('form, [role="dialog"]') ?? summary.parentElement ?? summary;
    const found = flaggedFields(form);
    setFlagged(found);
    if (found[0]) moveTo(found[0]);
    else {
      summary.scrollIntoView({ block: 'nearest' });
      summary.focus({ preventScroll: true });
    }
  }, [message, busy]);

  if (message === null) return null;
  return (
    <Alert
      ref={ref}
      severity="error"
      role="alert"
      tabIndex={-1}
      sx={{
        position: 'sticky',
        top: STICKY_TOP[props.inDialog ? 'dialog' : 'page'],
        zIndex: 3,
        // A dialog spaces its fields itself.
        mb: props.inDialog ? 0 : 2,
        // A whole row when the form lays its fields out in a grid.
        gridColumn: '1 / -1',
      }}
    >
      {flagged.length > 0 ? (
        <>
          <AlertTitle>Nothing was saved</AlertTitle>
          {flagged.length === 1 ? 'Check this field: ' : `Check these ${flagged.length} fields: `}
          <Box component="ul" sx={INLINE_LIST}>
            {flagged.map((field, i) => (
              <li key={i}>
                {i > 0 && ', '}
                <Link
                  href={field.target.id ? `#${field.target.id}` : '#'}
                  color="inherit"
                  onClick={(e) => {
                    e.preventDefault();
                    moveTo(field);
                  }}
                >
                  {field.label}
                </Link>
              </li>
            ))}
          </Box>
          .
        </>
      ) : (
        message
      )}
    </Alert>
  );
}
