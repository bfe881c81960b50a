import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAreaName } from './parseAreaName';

const levels = (input: string) => parseAreaName(input).parts.map((p) => [p.name, p.level]);

describe('parseAreaName', () => {
  it.each([
    [
      '金普新区光中街道和平社区',
      [
        ['金普新区', 'county'],
        ['光中街道', 'township'],
        ['和平社区', 'village'],
      ],
    ],
    [
      '庄河市城关街道海洋村刘亮屯',
      [
        ['庄河市', 'city'],
        ['城关街道', 'township'],
        ['海洋村', 'village'],
        ['刘亮屯', 'locality'],
      ],
    ],
    [
      '大连市庄河市兰店乡鲍码村三队',
      [
        ['大连市', 'city'],
        ['庄河市', 'county'],
        ['兰店乡', 'township'],
        ['鲍码村', 'village'],
        ['三队', 'locality'],
      ],
    ],
    [
      '辽宁省大连市中山区',
      [
        ['辽宁省', 'province'],
        ['大连市', 'city'],
        ['中山区', 'county'],
      ],
    ],
    [
      '日新社区世纪百合小区3号楼2单元101室',
      [
        ['日新社区', 'village'],
        ['世纪百合小区', 'locality'],
        ['3号楼', 'building'],
        ['2单元', 'unit'],
        ['101室', 'number'],
      ],
    ],
    ['先导区', [['先导区', 'county']]],
  ])('splits %s into its levels', (input, expected) => {
    expect(levels(input)).toEqual(expected);
  });

  it('drops spaces and line breaks inside names and keeps spans on the input', () => {
    const input = '胜利西 社区\n刘亮屯';
    const { parts } = parseAreaName(input);
    expect(parts.map((p) => p.name)).toEqual(['胜利西社区', '刘亮屯']);
    expect(input.slice(parts[0]!.span.start, parts[0]!.span.end)).toBe('胜利西 社区');
  });

  it('reads traditional endings', () => {
    expect(levels('莊河市城關街道海洋村')).toEqual([
      ['庄河市', 'city'],
      ['城關街道', 'township'],
      ['海洋村', 'village'],
    ]);
  });

  it('joins an ending that follows another at once to the part before it', () => {
    expect(levels('新镇街道')).toEqual([['新镇街道', 'township']]);
  });

  it('warns on an empty name instead of throwing', () => {
    expect(parseAreaName(' \n ').warnings.map((w) => w.code)).toEqual(['EMPTY_AREA_NAME']);
  });

  it('covers every non-space character of any input with its parts, in order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'市区县街道镇乡社区村屯小号楼单元 \n甲乙丙a1') }),
        (input) => {
          const { parts, name } = parseAreaName(input);
          expect(name).toBe(input.replace(/\s/g, ''));
          for (let i = 1; i < parts.length; i++)
            expect(parts[i]!.span.start).toBeGreaterThanOrEqual(parts[i - 1]!.span.end);
        },
      ),
      { numRuns: 300 },
    );
  });
});
