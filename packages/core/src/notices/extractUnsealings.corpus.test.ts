import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import { extractUnsealings } from './extractUnsealings';

describe('extractUnsealings on the seeds', () => {
  it('reads seed 000: three communities, the approving body, and no date (digits stripped)', () => {
    const { records } = extractUnsealings(readSeed('000'), { reference: '2021-01-20T19:13:00+08:00' });
    expect(records).toHaveLength(1);
    const notice = records[0];
    expect(notice?.areas.map((area) => area.fullName)).toEqual([
      '沙河口区星海湾街道星海公园社区',
      '金普新区光中街道和平社区',
      '金普新区站前街道御龙湾社区',
    ]);
    expect(notice?.areas[2]?.asWritten).toBe('站前街道御龙湾社区');
    expect(notice).toMatchObject({
      declaredCount: 3,
      listedCount: 3,
      effectiveAt: null,
      documentNumber: null,
    });
    expect(notice?.issuer?.name.endsWith('总指挥部')).toBe(true);
    expect(notice?.issuer?.name.startsWith('大连市')).toBe(true);
    expect(notice?.warnings.map((warning) => warning.code)).toEqual(['UNDATED_PERIOD']);
  });

  it('finds no notice in seed 002, whose unsealing sentences are rules', () => {
    expect(extractUnsealings(readSeed('002'), { reference: '2021-01-14T08:00:00+08:00' }).records).toEqual(
      [],
    );
  });
});
