import { useState } from 'react';
import type { Matrix } from '../../../../shared/domain/compliance.ts';
import { RecordForSelectedDialog } from './RecordForSelectedDialog.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import type { RowSelection } from './useRowSelection.ts';

/** The lead's bar over the matrix once people are picked, and the dialog that records one course for them all. */
export function RecordForSelected({ matrix, selection }: { matrix: Matrix; selection: RowSelection }) {
  const [recording, setRecording] = useState(false);
  if (selection.ids.length === 0) return null;
  const names = new Map(matrix.rows.map((r) => [r.workerId, r.name]));
  const people = selection.ids.map((workerId) => ({ workerId, name: names.get(workerId) ?? `Worker ${workerId}` }));
  return (
    <>
      <SelectionBar people={people} onRecord={() => setRecording(true)} onClear={selection.clear} />
      {recording && (
        <RecordForSelectedDialog
          matrix={matrix}
          people={people}
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            selection.clear();
          }}
        />
      )}
    </>
  );
}
