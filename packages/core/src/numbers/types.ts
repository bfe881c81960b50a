import type { Span } from '../types';

/** How a numeral is written: `2841`, `八十`, or both at once (`63.5万`, `3万5千`). */
export type NumeralScript = 'arabic' | 'chinese' | 'mixed';

/** One numeral as written in the text. */
export interface Numeral {
  /** Its value (`63.5万` → 635000). */
  value: number;
  /** Where the numeral itself stands (without 第, counter or footnote). */
  span: Span;
  /** The text of `span`, e.g. `63.5万`, `八十`, `２８４１`. */
  raw: string;
  script: NumeralScript;
}

/**
 * What a number means where it stands:
 * - `count`: a quantity (`2841例`, `63.5万人`, `连续7日`, `14天`), also with no counter;
 * - `ordinal`: after 第 (`第八十次` → 80);
 * - `date`: a year, month or day of a date (`2021年`, `1月12日`, `23日零时`, `2021/1/20`);
 * - `time`: an hour or minute (`24时`, `19:13`, `下午3点`);
 * - `code`: a number used as a name (`010-84883777`, `B2`, `23号`, 12-digit division codes).
 */
export type QuantityRole = 'count' | 'ordinal' | 'date' | 'time' | 'code';

/** `约300` / `300左右` → about; `300余` / `300多` / `超过300` / `80%以上` → over; `近3000` / `不足两成` → under. */
export type QuantityQualifier = 'about' | 'over' | 'under';

interface QuantityBase {
  /** The whole quantity: 第, numeral(s), 余/多, counter and footnote mark. */
  span: Span;
  /** The text of `span`. */
  raw: string;
  role: QuantityRole;
  /** The counter or unit written after the number (`例`, `人`, `万人` is `人` after `万`), or null. */
  counter: string | null;
  counterSpan: Span | null;
  /** A footnote mark after the number or its counter (`2841例*` → `*`), or null. */
  footnote: string | null;
  qualifier: QuantityQualifier | null;
}

/** One number, e.g. `2841例*`, `第八十次`, `63.5万人`. */
export interface SingleQuantity extends QuantityBase {
  kind: 'number';
  value: number;
  numeral: Numeral;
}

/**
 * A range: `病例44至48`, `病例1—病例575`, `0-24时`, `三四天` (two neighbouring digits: about 3 to 4;
 * both ends then share the span of the fused numeral `三四`).
 */
export interface RangeQuantity extends QuantityBase {
  kind: 'range';
  from: Numeral;
  to: Numeral;
}

/** A list joined by 、 (`1、2`, `第6号、第7号`), reported only with `{ lists: true }`. */
export interface ListQuantity extends QuantityBase {
  kind: 'list';
  items: Numeral[];
}

/** A quantity found in running text: one number, a range (`3至5例`) or a list (`1、2、3号`). */
export type Quantity = SingleQuantity | RangeQuantity | ListQuantity;

/** Options of {@link findQuantities}. */
export interface FindQuantitiesOptions {
  /** Keep only quantities of these roles, e.g. `['count']` to leave dates, times and codes out. */
  roles?: readonly QuantityRole[];
  /**
   * Keep only quantities whose counter is one of these. Counters missing from the built-in list are
   * recognised too (`['剂次']`).
   */
  counters?: readonly string[];
  /** Keep only quantities that have a counter. Default false. */
  requireCounter?: boolean;
  /** Join `44至48`, `病例1—病例575` into ranges. Default true. */
  ranges?: boolean;
  /** Join `1、2、3` into lists. Default false: each item is reported alone. */
  lists?: boolean;
  /**
   * Report a single Chinese digit standing with no counter and no 第 (`统一`, `一是`, `两委`,
   * `十分`): in running text it is nearly always part of a word. Default false.
   */
  bareChineseDigits?: boolean;
}

/**
 * The result of reading the number expected in one slot of a sentence. `missing` when the slot is
 * empty (the digits were stripped: `在院治疗人`); `unreadable` when characters of numerals stand
 * there but form no numeral (`十三五`). Never 0, never a number borrowed from elsewhere.
 */
export type NumberSlot =
  | {
      kind: 'value';
      value: number;
      /** The number with its 第, qualifier, counter and footnote. */
      quantity: SingleQuantity;
      /** The numeral alone. */
      span: Span;
    }
  | {
      kind: 'range';
      quantity: RangeQuantity;
      span: Span;
    }
  | {
      kind: 'missing';
      /** An empty span where the number should stand. */
      span: Span;
      /** The counter found at the slot (`人` in `在院治疗人`), or null. */
      counter: string | null;
    }
  | {
      kind: 'unreadable';
      /** The characters that look like a numeral but are not one. */
      span: Span;
      counter: string | null;
    };

/** Options of {@link readNumberAfter} and {@link readNumberBefore}. */
export interface ReadNumberOptions {
  /** Counters to recognise besides the built-in ones. */
  counters?: readonly string[];
}
