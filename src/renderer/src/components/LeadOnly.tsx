import type { ReactNode } from 'react';
import { useAbilities } from '../app/abilities.ts';

/**
 * What changes the lead's part (the register, settings, claims, the organisation): shown in personal mode and to
 * the lead, hidden from the viewer, who reads everything and changes nothing.
 */
export function LeadOnly({ children }: { children: ReactNode }) {
  return useAbilities().changesAll ? <>{children}</> : null;
}
