import Box from '@mui/material/Box';
import type { AuditChange } from '../../../../shared/domain/audit.ts';
import { valuesInWords } from '../../../../shared/rules/audit-changes.ts';

/** The fields an entry changed, before → after; for a creation or removal, the whole record. In words (the backend's). */
export function ChangeDetails({ changes }: { changes: readonly AuditChange[] }) {
  if (changes.length === 0) return null;
  return (
    <Box component="details" sx={{ mt: 0.5, color: 'text.secondary', fontSize: '0.85rem' }}>
      <summary>Details</summary>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, m: 0, mt: 0.5 }}>
        {changes.map((change, i) => (
          <Box key={i} sx={{ display: 'contents' }}>
            <dt>{change.field}</dt>
            <dd style={{ margin: 0 }}>{valuesInWords(change)}</dd>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
