import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ComplianceStatus } from '../../../shared/rules/compliance.ts';
import type { ToneColours } from '../../../shared/rules/status-tone.ts';
import { statusColours, statusLegend } from '../../../shared/rules/status-tone.ts';
import { ToneBadge } from './StatusBadge.tsx';

export interface LegendItem {
  key: string;
  label: string;
  colours: ToneColours;
  /** What the word means, shown after it: "due within 90 days". */
  meaning?: string;
}

/**
 * A key to colours, as one line of badges each followed by its meaning. Generic, so any page with its own
 * scale (the competency heatmap's ratings) draws its key in the same style as the status legend.
 */
export function Legend({ label, items }: { label: string; items: readonly LegendItem[] }) {
  return (
    <Box
      component="section"
      aria-label={label}
      className="legend"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.75, my: 1 }}
    >
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {`${label}:`}
      </Typography>
      <Box
        component="ul"
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: 2,
          rowGap: 0.75,
          listStyle: 'none',
          m: 0,
          p: 0,
          '& li': { display: 'inline-flex', alignItems: 'center', gap: 0.75 },
        }}
      >
        {items.map((item) => (
          <li key={item.key}>
            <ToneBadge colours={item.colours} label={item.label} />
            {item.meaning && (
              <Typography component="span" variant="body2" color="text.secondary">
                {item.meaning}
              </Typography>
            )}
          </li>
        ))}
      </Box>
    </Box>
  );
}

/**
 * The one key to the requirement statuses, as used by the matrix, the worker's page and the PDFs. `only` keeps
 * the statuses a page can show, in the legend's order.
 */
export function StatusLegend({
  expiringSoonDays,
  only,
}: {
  expiringSoonDays: number;
  only?: readonly ComplianceStatus[];
}) {
  const entries = statusLegend(expiringSoonDays).filter((e) => !only || only.includes(e.status));
  return (
    <Legend
      label="Key to the colours"
      items={entries.map((e) => ({
        key: e.status,
        label: e.label,
        meaning: e.meaning,
        colours: statusColours(e.status),
      }))}
    />
  );
}
