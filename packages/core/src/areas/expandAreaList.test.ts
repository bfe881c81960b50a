import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandAreaList } from './expandAreaList';

describe('expandAreaList', () => {
  it('gives every item of the Zhuanghe list the city of the first one', () => {
    const text =
      '庄河市城关街道日新社区世纪百合小区、城关街道日新社区黄海明珠五期小区、新华街道长征社区…、兰店乡鲍码村三队4个中风险地区';
    const list = expandAreaList(text);
    expect(list.items.map((item) => item.fullName)).toEqual([
      '庄河市城关街道日新社区世纪百合小区',
      '庄河市城关街道日新社区黄海明珠五期小区',
      '庄河市新华街道长征社区',
      '庄河市兰店乡鲍码村三队',
    ]);
    expect(list.declaredCount).toBe(4);
    expect(list.warnings).toEqual([]);
    for (const item of list.items) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
  });

  it('inherits down to the level an item restates', () => {
    const list = expandAreaList('庄河市城关街道日新社区世纪百合小区、黄海明珠五期小区');
    expect(list.items[1]!.fullName).toBe('庄河市城关街道日新社区黄海明珠五期小区');
    expect(list.items[1]!.inherited.map((p) => p.name)).toEqual(['庄河市', '城关街道', '日新社区']);
  });

  it('splits items written without a separator where the level goes back up', () => {
    const list = expandAreaList('金普新区光中街道和平社区站前街道御龙湾社区');
    expect(list.items.map((item) => [item.text, item.fullName])).toEqual([
      ['金普新区光中街道和平社区', '金普新区光中街道和平社区'],
      ['站前街道御龙湾社区', '金普新区站前街道御龙湾社区'],
    ]);
  });

  it('reads 等N个 as a truncated list with a declared count', () => {
    const list = expandAreaList('庄河市城关街道海洋村刘亮屯等30个中风险地区');
    expect(list.items.map((item) => item.fullName)).toEqual(['庄河市城关街道海洋村刘亮屯']);
    expect(list).toMatchObject({ declaredCount: 30, truncated: true, warnings: [] });
  });

  it('reads a count in Chinese numerals', () => {
    expect(
      expandAreaList('城关街道海洋村、新华街道长征社区两个中风险地区', { prefix: '大连市庄河市' }),
    ).toMatchObject({
      declaredCount: 2,
    });
  });

  it('uses the context prefix for the first item', () => {
    const list = expandAreaList('城关街道海洋村', { prefix: '大连市庄河市' });
    expect(list.items[0]!.fullName).toBe('大连市庄河市城关街道海洋村');
  });

  it('warns when the declared count and the items disagree', () => {
    const list = expandAreaList('城关街道海洋村、新华街道长征社区3个中风险地区');
    expect(list.warnings.map((w) => w.code)).toEqual(['AREA_COUNT_MISMATCH']);
  });

  it('never throws and keeps every item span inside the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'市区街道镇社区村屯、，;等个3十 \n甲乙') }),
        (text) => {
          const list = expandAreaList(text);
          for (const item of list.items) {
            expect(item.span.start).toBeGreaterThanOrEqual(0);
            expect(item.span.end).toBeLessThanOrEqual(text.length);
            expect(item.fullName.endsWith(item.parts.map((p) => p.name).join(''))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
