import { ApiError } from '../../api/api-error.ts';

/** Why an import was refused: the message, then each line-numbered problem the backend found in the file. */
export function importProblems(error: unknown): string[] {
  const detail = error instanceof ApiError ? error.fields.file?.split('\n') : undefined;
  return [(error as Error).message, ...(detail ?? [])];
}
