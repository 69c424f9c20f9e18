import type { Envelope } from '../shared/api/envelope.ts';

/** Set only by the end-to-end tests; without it the fault switch does not exist. */
export const TEST_FAULTS_ENV = 'LINKWORK_TEST_FAULTS';

export function testFaultsAllowed(env: NodeJS.ProcessEnv): boolean {
  return env[TEST_FAULTS_ENV] === '1';
}

/**
 * For end-to-end tests of failure states: makes the next `times` calls of a method fail as if the backend
 * had broken, so a test can see the page's error and its Retry.
 */
export class TestFaults {
  private readonly pending = new Map<string, number>();

  arm(method: string, times: number): void {
    this.pending.set(method, times);
  }

  /** The failure to answer instead of running the call, or null to run it. */
  take(method: string): Envelope<never> | null {
    const left = this.pending.get(method) ?? 0;
    if (left <= 0) return null;
    this.pending.set(method, left - 1);
    return { ok: false, error: { code: 'INTERNAL', message: `A test switched on a fault in ${method}` } };
  }
}
