import type { FrameworkDocument, FrameworkSummary } from '../../../shared/domain/competencies.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** Every framework with the roles it covers. */
export const frameworkList = createResource<null, FrameworkSummary[]>({
  name: 'the competency frameworks',
  load: () => call('framework.list', {}),
  dependsOn: ['competencies'],
});

/** One framework version, whole. */
export const framework = createResource<string, FrameworkDocument>({
  name: 'the competency framework',
  load: (id) => call('framework.get', { id }),
  dependsOn: ['competencies'],
});
