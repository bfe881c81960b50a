/**
 * Warning codes that time parsing attaches to a resolved expression. The result is usable; the
 * warning says which part was filled in or bent, and why.
 */
export const TIME_WARNING_MEANINGS = {
  /** A bare day (`23日`) got its month from the reference instant: no preceding date, no context. */
  MONTH_FROM_REFERENCE: 'a day without a month was dated by the reference instant (no context month)',
  /** A year-less date was dated by `context.year` because no reference instant was given. */
  YEAR_FROM_CONTEXT: 'a date without a year took the year of the context (no reference instant)',
  /** `今天(23日)`: the stated day is not the day the relative word gives; the stated day wins. */
  RELATIVE_DAY_MISMATCH:
    'a relative day (今天, 昨日 …) and the day in brackets disagree; the stated day is used',
  /** `20时至8时`: a period of clock times that ends before it starts runs to the next day. */
  OVERNIGHT_PERIOD: 'a period of clock times ends before it starts; its end was taken on the next day',
} as const;

/** One of the codes in {@link TIME_WARNING_MEANINGS}. */
export type TimeWarningCode = keyof typeof TIME_WARNING_MEANINGS;

/** Every time warning code, in declaration order. */
export const TIME_WARNING_CODES = Object.keys(TIME_WARNING_MEANINGS) as TimeWarningCode[];
