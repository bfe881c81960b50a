import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { findTimeExpressions } from './findTimeExpressions';
import { parseTime } from './parseTime';
import { TimeParseResultSchema, type TimeValueSchema } from './schemas';
import type { TimeParseResult, TimeValue } from './types';

describe('time schemas', () => {
  it('keeps the plain TimeValue and TimeParseResult types equal to the zod schemas', () => {
    expectTypeOf<z.infer<typeof TimeValueSchema>>().toEqualTypeOf<TimeValue>();
    expectTypeOf<z.infer<typeof TimeParseResultSchema>>().toEqualTypeOf<TimeParseResult>();
  });

  it.each([
    '1月12日零时至24时',
    '截至11月22日24时',
    '1月13日下午',
    '今天(23日)',
    '年月日时至时',
    '2021/1/20 19:13',
    'x',
  ])('accepts what parseTime returns for %s', (text) => {
    const result = parseTime(text, { reference: '2021-11-23T10:00:00+08:00' });
    expect(TimeParseResultSchema.parse(result)).toEqual(result);
  });

  it('accepts every match findTimeExpressions returns for a mixed text', () => {
    const matches = findTimeExpressions('截至1月12日24时，年月日时至时。从13日零时起，今早（13日）', {
      reference: '2021-01-13T10:00:00+08:00',
    });
    expect(matches.length).toBe(4);
    for (const match of matches) expect(TimeParseResultSchema.parse(match)).toEqual(match);
  });
});
