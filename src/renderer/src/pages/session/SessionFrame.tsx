import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { PinnedDateBanner } from '../../app/PinnedDateBanner.tsx';

/** The narrow page sign-in and setting a password share, outside the app's menus. */
export function SessionFrame({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Box component="main" sx={{ maxWidth: 480, mx: 'auto', px: 2, py: 6 }}>
      <PinnedDateBanner />
      <Paper sx={{ p: 4 }}>
        <Typography variant="h1" gutterBottom>
          {title}
        </Typography>
        {subtitle && (
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {subtitle}
          </Typography>
        )}
        {children}
      </Paper>
    </Box>
  );
}
