import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error.ts';

/**
 * Runs a save, keeping the backend's per-field messages for the fields and its reason for the form's
 * ErrorSummary (which names the flagged fields and takes the cursor to the first).
 */
export function useSubmit() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = useCallback(async <T>(save: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await save();
      setFieldErrors({});
      setFormError(null);
      return result;
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      setFieldErrors(fields);
      setFormError((error as Error).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  /** Forgets the last failure, as when the form opens again for another record. */
  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { submit, fieldErrors, formError, busy, clear };
}
