import { describe, expect, it } from 'vitest';
import { untilWrite } from '../../src/backend/db/until-write.ts';
import { writeSetting } from '../../src/backend/settings/queries.ts';
import { testBackend } from '../support/backend.ts';

const TODAY = '2026-11-24';

describe('values kept until the next write', () => {
  it('are worked out once, again after a write, and again on another day', () => {
    const { ctx } = testBackend();
    let runs = 0;
    const value = (today = TODAY) => untilWrite(ctx.db, today, 'thing', () => ({ run: ++runs }));
    const first = value();
    expect(value()).toBe(first);
    writeSetting(ctx.db, 'expiringSoonDays', 60);
    expect(value()).toEqual({ run: 2 });
    expect(value('2026-11-25')).toEqual({ run: 3 });
  });

  it('are not kept when worked out inside a transaction that is then rolled back', () => {
    const { ctx } = testBackend();
    const count = () =>
      untilWrite(ctx.db, TODAY, 'settings', () => ctx.db.prepare('SELECT count(*) AS n FROM setting').get());
    const before = count();
    expect(() =>
      ctx.db.transaction(() => {
        writeSetting(ctx.db, 'expiringSoonDays', 60);
        expect(count()).not.toEqual(before);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(count()).toEqual(before);
  });
});
