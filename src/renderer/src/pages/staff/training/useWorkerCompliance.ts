import { useCallback, useEffect, useState } from 'react';
import type { WorkerCompliance } from '../../../../../shared/domain/compliance.ts';
import { call } from '../../../api/client.ts';

/** One worker's requirements with status and history, reloaded after every change. */
export function useWorkerCompliance(workerId: number) {
  const [compliance, setCompliance] = useState<WorkerCompliance | null>(null);
  const reload = useCallback(async () => setCompliance(await call('compliance.worker', { workerId })), [workerId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { compliance, reload, setCompliance };
}
