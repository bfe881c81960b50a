import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import { resolveArea } from '../areas/index';
import type { NoticeArea } from '../notices/schemas';
import { extractRecords } from './extractRecords';
import type { DailyBulletin } from '../bulletin/schemas';

const areasOf = (id: '000' | '001'): NoticeArea[] =>
  extractRecords(readSeed(id), { resolveArea, region: '大连市' }).records.flatMap((record) =>
    record.kind === 'riskChange' || record.kind === 'unsealing' ? record.areas : [],
  );

describe('area codes with an injected resolver', () => {
  it.each([
    ['000', '金普新区光中街道和平社区', '210213031001'],
    ['000', '金普新区站前街道御龙湾社区', '210213008010'],
    ['001', '庄河市城关街道海洋村刘亮屯', '210283001014'],
  ] as const)('resolves an area of seed %s (%s) to %s', (id, fullName, code) => {
    const area = areasOf(id).find((candidate) => candidate.fullName === fullName);
    expect(area?.code).toBe(code);
    expect(area?.confidence).not.toBeNull();
  });

  it('leaves codes null without a resolver', () => {
    const areas = extractRecords(readSeed('000')).records.flatMap((record) =>
      record.kind === 'unsealing' ? record.areas : [],
    );
    expect(areas.length).toBeGreaterThan(0);
    expect(areas.every((area) => area.code === null && area.confidence === null)).toBe(true);
  });

  it('resolves breakdown entries, nested ones within their parent', () => {
    // Written for this test: a national breakdown with a nested city list.
    const text =
      '2022年3月13日0—24时，31个省（自治区、直辖市）新增本土确诊病例7例（辽宁5例，其中大连市4例、沈阳市1例；上海2例）。';
    const [bulletin] = extractRecords(text, { resolveArea }).records.filter(
      (record): record is DailyBulletin => record.kind === 'dailyBulletin',
    );
    const liaoning = bulletin?.breakdowns.find((entry) => entry.area === '辽宁');
    expect(liaoning?.code?.startsWith('21')).toBe(true);
    expect(liaoning?.children.find((entry) => entry.area === '大连市')?.code?.startsWith('2102')).toBe(true);
    expect(bulletin?.breakdowns.find((entry) => entry.area === '上海')?.code?.startsWith('31')).toBe(true);
  });

  it('survives a resolver that throws or finds nothing', () => {
    const throwing = () => {
      throw new Error('boom');
    };
    const { records } = extractRecords(readSeed('000'), { resolveArea: throwing });
    const areas = records.flatMap((record) => (record.kind === 'unsealing' ? record.areas : []));
    expect(areas.every((area) => area.code === null)).toBe(true);
    const none = extractRecords(readSeed('000'), { resolveArea: () => null }).records;
    expect(none.length).toBe(records.length);
  });
});
