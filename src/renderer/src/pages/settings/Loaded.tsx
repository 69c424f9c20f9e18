import type { ReactNode } from 'react';
import { href } from '../../app/router.ts';
import { PageState } from '../../components/PageState.tsx';
import type { Loadable } from '../../stores/loadable.ts';

/** A settings section's data: the usual waiting and failed states first, each section on its own. */
export function Loaded<T>(props: { state: Loadable<T>; what: string; retry(): void; children(data: T): ReactNode }) {
  return (
    <PageState
      state={props.state}
      what={props.what}
      back={{ href: href('staff'), label: 'Back to the staff register' }}
      retry={props.retry}
    >
      {props.children}
    </PageState>
  );
}
