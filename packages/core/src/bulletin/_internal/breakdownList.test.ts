import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemParts, parseBreakdownList } from './breakdownList';

const parse = (text: string) =>
  parseBreakdownList(text, 0, text.length)?.map((item) => [
    item.area,
    item.value,
    text.slice(item.valueStart, item.valueEnd),
  ]);

describe('parseBreakdownList', () => {
  it.each([
    [
      '鹿城区5例、平阳县和苍南县各1例',
      [
        ['鹿城区', 5, '5'],
        ['平阳县', 1, '1'],
        ['苍南县', 1, '1'],
      ],
    ],
    [
      '平阳县、苍南县各2例',
      [
        ['平阳县', 2, '2'],
        ['苍南县', 2, '2'],
      ],
    ],
    [
      '龙湾区1例、平阳县、文成县及泰顺县各3例',
      [
        ['龙湾区', 1, '1'],
        ['平阳县', 3, '3'],
        ['文成县', 3, '3'],
        ['泰顺县', 3, '3'],
      ],
    ],
    [
      '鹿城区5例、龙湾区1例',
      [
        ['鹿城区', 5, '5'],
        ['龙湾区', 1, '1'],
      ],
    ],
  ])('gives each area of %s its count', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each(['平阳县、苍南县', '平阳县、苍南县1例', '鹿城区5例、平阳县和苍南县'])(
    'is no breakdown when an area has no count of its own or shared with 各: %s',
    (text) => {
      expect(parse(text)).toBeUndefined();
    },
  );

  it('keeps spans inside the list for arbitrary area lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('鹿城区', '龙湾区', '平阳县', '苍南县'), { minLength: 1, maxLength: 6 }),
        fc.nat(99),
        (areas, value) => {
          const text = `${areas.join('、')}各${value}例`;
          const items = parseBreakdownList(text, 0, text.length) ?? [];
          expect(items.map((item) => item.area)).toEqual(areas);
          for (const item of items) {
            expect(item.value).toBe(value);
            expect(text.slice(item.areaStart, item.areaEnd)).toBe(item.area);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads a part as the expression it replaced does: written part, digits and where they start', () => {
    const ITEM_RE = /^(?:其中)?([^0-9０-９]{1,30}?)([0-9０-９]{1,7})例\*?$/;
    const part = fc
      .array(fc.constantFrom('其中', '其', '中', '甲', '区', '各', ' ', '例', '*', '1', '0', '５', '\n'), {
        maxLength: 40,
      })
      .map((pieces) => pieces.join(''));
    // Parts that end like an item, so that most are read (`…N例`, `…N例*`), written parts up to 40 long.
    const written = fc
      .array(fc.constantFrom('其中', '甲', '区', '各', ' '), { maxLength: 40, size: 'max' })
      .map((pieces) => pieces.join(''));
    const item = fc
      .tuple(
        fc.oneof(part, written),
        fc.stringMatching(/^[0-9０-９]{1,9}$/),
        fc.constantFrom('例', '例*', '例**', '人'),
      )
      .map(([written, digits, end]) => `${written}${digits}${end}`);
    fc.assert(
      fc.property(fc.oneof(part, item), (raw) => {
        const match = ITEM_RE.exec(raw);
        const expected = match && {
          written: match[1],
          digits: match[2],
          countStart: match[0].lastIndexOf(match[2]!),
        };
        expect(itemParts(raw)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
