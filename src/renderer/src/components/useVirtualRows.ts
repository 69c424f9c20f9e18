import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/**
 * Table rows virtualised in a scrolling container: only the rows in view (and `overscan` more each side)
 * are drawn, between two spacer rows of `padTop` and `padBottom` pixels that keep the scrollbar true.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return { scroller, items, padTop, padBottom, measureElement: virtualizer.measureElement };
}
