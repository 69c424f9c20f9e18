import Box from '@mui/material/Box';
import { fieldLabel } from '../../../../shared/domain/labels.ts';
import { formatUkDate, isIsoDate } from '../../../../shared/rules/dates.ts';
import { useReferenceNames } from './useReferenceNames.ts';

type Values = Record<string, unknown> | null;

/** The fields an entry changed, before → after; for a creation or removal, the whole record. */
export function ChangeDetails({ before, after }: { before: unknown; after: unknown }) {
  const nameOf = useReferenceNames();
  const b = (before ?? null) as Values;
  const a = (after ?? null) as Values;
  if (!b && !a) return null;
  const keys = Object.keys(a ?? b ?? {}).filter(
    (k) => k !== 'id' && (!b || !a || JSON.stringify(b[k]) !== JSON.stringify(a[k])),
  );
  if (keys.length === 0) return null;

  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'string' && isIsoDate(value)) return formatUkDate(value);
    const name = nameOf(key, value);
    if (name) return name;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };

  return (
    <Box component="details" sx={{ mt: 0.5, color: 'text.secondary', fontSize: '0.85rem' }}>
      <summary>Details</summary>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, m: 0, mt: 0.5 }}>
        {keys.map((k) => (
          <Box key={k} sx={{ display: 'contents' }}>
            <dt>{fieldLabel(k)}</dt>
            <dd style={{ margin: 0 }}>{b && a ? `${show(k, b[k])} → ${show(k, a[k])}` : show(k, (a ?? b)?.[k])}</dd>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
