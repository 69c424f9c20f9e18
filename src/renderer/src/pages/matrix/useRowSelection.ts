import { useCallback, useMemo, useState } from 'react';

export interface RowSelection {
  ids: readonly number[];
  has(workerId: number): boolean;
  toggle(workerId: number): void;
  clear(): void;
}

/** The people picked in the matrix, by worker id, in the order they were picked. */
export function useRowSelection(): RowSelection {
  const [ids, setIds] = useState<readonly number[]>([]);
  const toggle = useCallback(
    (workerId: number) =>
      setIds((now) => (now.includes(workerId) ? now.filter((id) => id !== workerId) : [...now, workerId])),
    [],
  );
  const clear = useCallback(() => setIds([]), []);
  return useMemo(() => {
    const chosen = new Set(ids);
    return { ids, has: (workerId) => chosen.has(workerId), toggle, clear };
  }, [ids, toggle, clear]);
}
