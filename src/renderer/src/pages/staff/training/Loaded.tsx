import type { ReactNode } from 'react';
import type { WorkerCompliance } from '../../../../../shared/domain/compliance.ts';
import { PageState } from '../../../components/PageState.tsx';
import { workerCompliance } from '../../../stores/compliance.ts';
import type { Loadable } from '../../../stores/loadable.ts';

/** A worker's tab that needs their requirements: the usual waiting, missing and failed states first. */
export function Loaded(props: {
  state: Loadable<WorkerCompliance>;
  workerId: number;
  children(compliance: WorkerCompliance): ReactNode;
}) {
  return (
    <PageState
      state={props.state}
      what="this worker's requirements"
      retry={() => void workerCompliance.load(props.workerId)}
    >
      {props.children}
    </PageState>
  );
}
