import type { Role } from '../../../../shared/domain/staff.ts';
import { frameworkList } from '../../stores/competencies.ts';
import { dataOf } from '../../stores/loadable.ts';

/** Whether any framework in force covers the role: then its people have a Competencies tab (false until known). */
export function useHasFramework(role: Role | undefined): boolean {
  const frameworks = dataOf(frameworkList.use(null, role !== undefined));
  return role !== undefined && (frameworks?.some((f) => f.roles.includes(role)) ?? false);
}

/** The roles any framework in force covers, for pages listing many people (empty until known). */
export function useRolesWithFramework(): ReadonlySet<Role> {
  const frameworks = dataOf(frameworkList.use(null));
  return new Set(frameworks?.flatMap((f) => f.roles) ?? []);
}
