import type { AppStatus } from '../../../shared/domain/app.ts';
import { useAppStore } from '../stores/app.ts';
import type { Abilities } from './roles.ts';
import { abilitiesOf } from './roles.ts';

export type { Abilities, Section, WayHome } from './roles.ts';

let cached: { status: AppStatus | null; abilities: Abilities } | null = null;

/** The abilities of whoever is at the screen, from the app's status (the same object while it is unchanged). */
export function currentAbilities(status: AppStatus | null): Abilities {
  if (cached?.status !== status) cached = { status, abilities: abilitiesOf(status) };
  return cached.abilities;
}

export function useAbilities(): Abilities {
  return currentAbilities(useAppStore((s) => s.status));
}
