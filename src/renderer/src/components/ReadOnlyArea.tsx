import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useAbilities } from '../app/abilities.ts';

/**
 * A form that changes the lead's part, shown to the viewer as it stands: its fields disabled (a disabled fieldset)
 * and its save button gone. The lead and personal mode get the form as it is.
 */
export function ReadOnlyArea({ children }: { children: ReactNode }) {
  if (useAbilities().changesAll) return <>{children}</>;
  return (
    <Box
      component="fieldset"
      disabled
      sx={{ border: 0, p: 0, m: 0, minWidth: 0, '& button[type="submit"]': { display: 'none' } }}
    >
      {children}
    </Box>
  );
}
