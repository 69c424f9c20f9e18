import type { NormFlag } from '../../../../shared/domain/caseload.ts';
import { NORM_FLAG_WORDS } from '../../../../shared/rules/caseload.ts';
import type { StatusTone } from '../../../../shared/rules/status-tone.ts';
import { TONE_COLOURS } from '../../../../shared/rules/status-tone.ts';
import { ToneBadge } from '../../components/StatusBadge.tsx';

/** Too many people is the burn-out risk, so above the norm is red; below is amber, to ask about. */
const TONE: Record<NormFlag, StatusTone> = {
  above: 'danger',
  below: 'warning',
  within: 'good',
  unknown: 'muted',
  incomplete: 'muted',
};

/** Where a figure stands against its norm, in words and colour. */
export function NormBadge({ flag, detail }: { flag: NormFlag; detail?: string }) {
  return <ToneBadge colours={TONE_COLOURS[TONE[flag]]} label={NORM_FLAG_WORDS[flag]} detail={detail} />;
}
