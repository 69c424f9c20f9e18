import { ApiError } from '../api/api-error.ts';

/** Data a page waits for, in one of the five states every page shows. */
export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; error: ApiError }
  | { status: 'notFound'; message: string }
  /** Team mode: the signed-in account may not see it (the backend's reason); retrying would not help. */
  | { status: 'forbidden'; message: string };

export const LOADING: Loadable<never> = Object.freeze({ status: 'loading' });

export function ready<T>(data: T): Loadable<T> {
  return { status: 'ready', data };
}

/**
 * What a failed load becomes: NOT_FOUND and FORBIDDEN are their own states (with a way back), anything else a
 * failure to retry.
 */
export function failure<T>(error: unknown): Loadable<T> {
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return { status: 'notFound', message: error.message };
  if (error instanceof ApiError && error.code === 'FORBIDDEN') return { status: 'forbidden', message: error.message };
  const apiError =
    error instanceof ApiError ? error : new ApiError({ code: 'INTERNAL', message: (error as Error).message });
  return { status: 'failed', error: apiError };
}

export function dataOf<T>(loadable: Loadable<T> | undefined): T | undefined {
  return loadable?.status === 'ready' ? loadable.data : undefined;
}
