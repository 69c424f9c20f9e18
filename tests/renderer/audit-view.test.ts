import { describe, expect, it } from 'vitest';
import { auditRouteOf, auditViewOf, NO_FILTERS } from '../../src/renderer/src/pages/audit/auditView.ts';

const viewOf = (route: string) => auditViewOf(new URLSearchParams(route.split('?')[1] ?? ''));

describe('the audit page’s address', () => {
  it('holds the filters, the page and its size, and reads back the same view', () => {
    const view = {
      filters: {
        workerId: 3,
        from: '2026-04-01',
        to: '2026-06-30',
        action: 'training.record',
        entity: 'training_record',
      },
      page: 2,
      pageSize: 100,
    } as const;
    const route = auditRouteOf(view);
    expect(route).toBe(
      'audit?worker=3&action=training.record&record=training_record&from=2026-04-01&to=2026-06-30&page=2&size=100',
    );
    expect(viewOf(route)).toEqual(view);
  });

  it('is plain for the first page of everything, as the menu and the worker page’s History link make it', () => {
    expect(auditRouteOf({ filters: NO_FILTERS, page: 0, pageSize: 50 })).toBe('audit');
    expect(viewOf('audit?worker=12')).toEqual({ filters: { ...NO_FILTERS, workerId: 12 }, page: 0, pageSize: 50 });
  });

  it('leaves out what it cannot read: an action a later version renamed, a date that is not real, a size not offered', () => {
    expect(
      viewOf('audit?action=training.delete&record=patient&from=2026-02-31&to=soon&worker=-1&page=x&size=7'),
    ).toEqual({ filters: NO_FILTERS, page: 0, pageSize: 50 });
  });
});
