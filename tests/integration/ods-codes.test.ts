import { describe, expect, it } from 'vitest';
import { count, ok, testBackend } from '../support/backend.ts';
import { pcnWithGp } from '../support/pcn.ts';

describe('ODS codes at the door', () => {
  it('refuse a practice coded "bad", naming the field and the shape, and store nothing', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const before = [count(backend, 'practice'), count(backend, 'audit_log')];

    const refused = await backend.call('practice.create', { name: 'Millbrook Medical Centre', odsCode: 'bad' });

    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { odsCode: 'A practice ODS code is a letter and 5 digits, such as A81001' } },
      },
    });
    expect([count(backend, 'practice'), count(backend, 'audit_log')]).toEqual(before);
  });

  it("refuse a practice's code as the PCN's, and a short code as a practice's, naming each field", async () => {
    const backend = testBackend();
    const setUp = await backend.call('app.setUpPcn', {
      pcn: { name: 'Riverside PCN', odsCode: 'A81001', fullTimeHours: 37.5 },
      practices: [{ name: 'Riverside Surgery', odsCode: 'A8100' }],
      leadPracticeIndex: 0,
    });
    expect(setUp).toMatchObject({
      ok: false,
      error: {
        details: {
          fields: {
            'pcn.odsCode': 'A PCN ODS code is U and 5 digits, such as U12345',
            'practices.0.odsCode': 'A practice ODS code is a letter and 5 digits, such as A81001',
          },
        },
      },
    });
    expect(count(backend, 'pcn')).toBe(0);
  });

  it('keep a code typed in lower case in capitals', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    expect(
      await ok(backend, 'practice.create', { name: 'Millbrook Medical Centre', odsCode: ' b82002 ' }),
    ).toMatchObject({ odsCode: 'B82002' });
    expect(
      await ok(backend, 'pcn.update', { name: 'Riverside PCN', odsCode: 'u54321', fullTimeHours: 37.5 }),
    ).toMatchObject({ odsCode: 'U54321' });
  });
});
