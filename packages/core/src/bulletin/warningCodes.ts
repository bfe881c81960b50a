/**
 * The shared vocabulary of warning codes that extraction reports. A warning never stops
 * extraction: it tells the reader which figure to distrust and why. Each code has one line of
 * meaning in {@link WARNING_CODE_MEANINGS}; the notices extractors add their codes here.
 */
export const WARNING_CODE_MEANINGS = {
  /** A number slot whose number is missing (`连续天无新增`, digits stripped): the figure is null. */
  EMPTY_NUMBER_SLOT: 'the text has a slot for a number but no number in it; the figure is null',
  /** A period (`年月日时至时`) or date that cannot be resolved to instants. */
  UNDATED_PERIOD: 'a period or date could not be resolved to instants; it is null',
  /** Parts (split, districts, 39 + 23) do not add up to the total the text states. */
  PARTS_DO_NOT_SUM: 'the parts stated in the text do not add up to the total it states',
  /** A declared count (`等30个`) differs from the number of listed items. */
  DECLARED_COUNT_MISMATCH: 'the declared count differs from the number of listed items',
  /** The same figure is stated twice in one record with two different values. */
  CONFLICTING_FIGURES: 'the same figure is stated twice with different values; the first is kept',
  /** A cumulative figure is lower than the same cumulative figure of an earlier period. */
  CUMULATIVE_DECREASED: 'a cumulative figure is lower than in an earlier bulletin of the same region',
  /** Injected text (spam) was found and removed before extraction. */
  INJECTED_TEXT_REMOVED: 'injected text was removed before extraction',
  /** A date without a year had no publication date to infer the year from. */
  YEAR_UNKNOWN: 'a date has no year and no reference instant was available to infer it',
  /** A case count inside a bulletin that no word of the figure grammar gives a meaning to. */
  UNREAD_FIGURE: 'a case count in the bulletin could not be read into any figure; its span is given',
  /** An as-of instant (`截至…24时`) followed by case words but no count: it opens no bulletin. */
  AS_OF_WITHOUT_FIGURES:
    'an as-of instant is followed by case words but no count in its sentence; it opens no bulletin',
  /** A bulletin names no region and no default region was given. */
  REGION_UNKNOWN: 'a bulletin names no region and no default region was given',
  /** Cleaning hit a bug; the raw text was read instead (records may carry markup). */
  CLEANING_FAILED: 'cleaning failed on this input; the raw text was read instead',
  /** One extractor hit a bug; the records of the other extractors are kept. */
  EXTRACTOR_FAILED: 'one extractor failed on this input; the records of the others are kept',
} as const;

/** One of the warning codes in {@link WARNING_CODE_MEANINGS}. */
export type WarningCode = keyof typeof WARNING_CODE_MEANINGS;

/** Every warning code, in declaration order. */
export const WARNING_CODES = Object.keys(WARNING_CODE_MEANINGS) as WarningCode[];
