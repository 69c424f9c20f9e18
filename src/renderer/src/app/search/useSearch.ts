import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/domain/search.ts';
import { SEARCH_MIN_LENGTH, searchFor } from '../../stores/search.ts';

/** Waits this long after the last key before asking, so typing a name asks once, not once a letter. */
const DEBOUNCE_MS = 200;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; hits: SearchHit[] }
  | { status: 'failed'; message: string };

/** The hits for `text`, asked for once typing pauses; an answer to older text is dropped when newer is on its way. */
export function useSearch(text: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const wanted = text.trim();

  useEffect(() => {
    const asked = ++latest.current;
    if (wanted.length < SEARCH_MIN_LENGTH) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'loading' });
    const timer = window.setTimeout(() => {
      searchFor(wanted).then(
        (results) => {
          if (asked === latest.current) setState({ status: 'ready', hits: results.hits });
        },
        (error: unknown) => {
          if (asked === latest.current) setState({ status: 'failed', message: (error as Error).message });
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [wanted]);

  return state;
}
