import { useMemo } from 'react';
import { useOrganisationStore } from '../../stores/organisation.ts';

/** Turns a stored reference (`employerId: 3`) into the name a person knows it by, for the audit trail. */
export function useReferenceNames(): (key: string, value: unknown) => string | null {
  const { practices, employers, colleagues } = useOrganisationStore();
  return useMemo(() => {
    const byKey: Record<string, Map<number, string>> = {
      employerId: new Map(employers.map((e) => [e.id, e.name])),
      basePracticeId: new Map(practices.map((p) => [p.id, p.name])),
      practiceId: new Map(practices.map((p) => [p.id, p.name])),
      supervisorId: new Map(colleagues.map((c) => [c.id, c.name])),
      firstContactId: new Map(colleagues.map((c) => [c.id, c.name])),
    };
    return (key, value) => (typeof value === 'number' ? (byKey[key]?.get(value) ?? null) : null);
  }, [practices, employers, colleagues]);
}
