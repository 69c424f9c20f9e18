import { expect } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf, MethodName } from '../../src/shared/api/contract.ts';
import { count } from './backend.ts';

/**
 * Calls a method with an input it must refuse as VALIDATION naming `field`, and checks nothing was written: the
 * table's rows and the audit log (every write lands with its entry) are as they were. Answers the field's message.
 */
export async function refused<M extends MethodName>(
  backend: Backend,
  method: M,
  input: unknown,
  field: string,
  table: string,
): Promise<string> {
  const before = { rows: count(backend, table), audit: count(backend, 'audit_log') };
  const answer = await backend.call(method, input as InputOf<M>);
  expect(answer, `${method} with a bad ${field}`).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', details: { fields: { [field]: expect.any(String) } } },
  });
  expect({ rows: count(backend, table), audit: count(backend, 'audit_log') }).toEqual(before);
  return answer.ok ? '' : (answer.error.details?.fields?.[field] ?? '');
}
