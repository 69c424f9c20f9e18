import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useId } from 'react';

/** One card of a home page: a titled region, so a screen reader can move between them. */
export function HomeCard({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const heading = useId();
  return (
    <Card
      component="section"
      aria-labelledby={heading}
      variant="outlined"
      sx={{ gridColumn: wide ? { xs: 'auto', md: 'span 2' } : 'auto', display: 'flex', flexDirection: 'column' }}
    >
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h2" id={heading} sx={{ fontSize: '1.15rem', mb: 1.5 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** The cards side by side where there is room. */
export function CardGrid({ children }: { children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))' }}>
      {children}
    </div>
  );
}
