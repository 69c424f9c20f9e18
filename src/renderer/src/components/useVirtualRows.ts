import type { VirtualItem } from '@tanstack/react-virtual';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { usePrinting } from './usePrinting.ts';

/** Every row, for printing: paper has no scrollbar, so a list prints whole. */
function allRows(count: number, rowHeight: number): VirtualItem[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    key: index,
    start: index * rowHeight,
    end: (index + 1) * rowHeight,
    size: rowHeight,
    lane: 0,
  }));
}

/**
 * Table rows virtualised in a scrolling container: only the rows in view (and `overscan` more each side)
 * are drawn, between two spacer rows of `padTop` and `padBottom` pixels that keep the scrollbar true. While
 * printing, every row is drawn.
 */
export function useVirtualRows(count: number, rowHeight: number, overscan: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const printed = useMemo(() => (printing ? allRows(count, rowHeight) : null), [printing, count, rowHeight]);
  const items = printed ?? virtualizer.getVirtualItems();
  const padTop = printed ? 0 : (items[0]?.start ?? 0);
  const padBottom = printed ? 0 : virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return {
    scroller,
    items,
    padTop,
    padBottom,
    measureElement: virtualizer.measureElement,
    scrollToIndex: (index: number) => virtualizer.scrollToIndex(index),
  };
}
