import type { Requirement } from '../../../../../shared/domain/requirements.ts';
import { ReasonDialog } from '../../../components/ReasonDialog.tsx';
import { exemptFromRequirement } from '../../../stores/training.ts';

export function ExemptDialog(props: { workerId: number; requirement: Requirement; onClose(): void }) {
  return (
    <ReasonDialog
      title={`Not required: ${props.requirement.title}`}
      submitLabel="Mark as not required"
      reasonHint='Recorded in the audit log, e.g. "Completed with the host trust in 2025"'
      save={(reason) =>
        exemptFromRequirement({ workerId: props.workerId, requirementId: props.requirement.id, reason })
      }
      onClose={props.onClose}
    />
  );
}
