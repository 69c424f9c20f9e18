/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/** Scrolls a virtualised list to its end in screen-sized steps, reporting frame times. */
export async function scrollToEnd(page: Page, selector: string): Promise<string> {
  const s = await page.evaluate(async (sel) => {
    let scroller = document.querySelector(sel) as HTMLElement;
    while (getComputedStyle(scroller).overflowY !== 'auto' && scroller.parentElement) scroller = scroller.parentElement;
    const frames: number[] = [];
    let last = performance.now();
    const t0 = last;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
      scroller.scrollTop += scroller.clientHeight;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return {
      steps: frames.length,
      totalMs: last - t0,
      p95: frames[Math.floor(frames.length * 0.95)] ?? 0,
      slow: frames.filter((f) => f > 50).length,
      rows: scroller.querySelectorAll('tbody tr').length,
    };
  }, selector);
  return `${s.steps} screens in ${s.totalMs.toFixed(0)} ms, p95 frame ${s.p95.toFixed(1)} ms, ${s.slow} frames over 50 ms, ${s.rows} rows in the page`;
}
