import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error.ts';

/** Runs a save, keeping the backend's per-field messages and a summary for the form to show. */
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
      setFormError(
        Object.keys(fields).length > 0 ? 'Nothing was saved. Check the highlighted fields.' : (error as Error).message,
      );
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  return { submit, fieldErrors, formError, busy };
}
