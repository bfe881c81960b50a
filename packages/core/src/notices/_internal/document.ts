import { expectOptions, expectText, isFunction, isString, optional } from '../../_internal/args';
import { isInstant } from '../../time/_internal/isInstant';
import { invalidArgument } from '../../_internal/invalidArgument';
import { toMillis } from '../../time/_internal/toMillis';
import { toChinaInstant } from '../../time/instant';
import { findTimeExpressionsUnchecked } from '../../time/findTimeExpressions';
import type { TimeMatch } from '../../time/types';
import type { NoticeOptions } from '../types';
import { type SpanMapper, spanMapper } from './context';
import { type FoundDocumentNumber, findDocumentNumbers } from './documentNumber';
import { type Sentences, splitSentences } from './sentences';

/**
 * A cleaned text prepared once for every notices extractor: its sentences and its time
 * expressions (each found in one linear pass), and the span mapping of the context.
 */
export interface NoticeDocument {
  text: string;
  options: NoticeOptions;
  map: SpanMapper;
  sentences: Sentences;
  /** Time expressions of the whole text, by start offset (cleaned-text offsets). */
  times: TimeMatch[];
  /** Document numbers of the whole text, in order (found on first use). */
  documentNumbers?: FoundDocumentNumber[];
}

const NOTICE_OPTIONS = {
  reference: optional(isInstant),
  toOriginalSpan: optional(isFunction),
  region: optional((value: unknown, path: string) => {
    if (value !== null) isString(value, path);
  }),
  timeExpressions: optional((value: unknown, path: string) => {
    if (!Array.isArray(value)) throw invalidArgument(path, 'an array of time matches', value);
  }),
  resolveArea: optional(isFunction),
};

/**
 * Checks the arguments of a public notices extractor and reads its reference by the one instant
 * rule, so that the extractors see fangkong's own form.
 */
export function checkedContext(text: unknown, options: NoticeOptions): NoticeOptions {
  expectText(text, 'text');
  expectOptions(options, 'options', NOTICE_OPTIONS);
  if (options.reference === undefined) return options;
  const reference = toChinaInstant(toMillis(options.reference, 'options.reference'));
  return reference === options.reference ? options : { ...options, reference };
}

/** Prepares `text` for the extractors (see {@link NoticeDocument}). */
export function prepareDocument(text: string, options: NoticeOptions): NoticeDocument {
  const times =
    options.timeExpressions ??
    findTimeExpressionsUnchecked(
      text,
      options.reference === undefined ? {} : { reference: options.reference },
    );
  let ordered = true;
  for (let i = 1; i < times.length && ordered; i++) {
    ordered = (times[i - 1] as TimeMatch).span.start <= (times[i] as TimeMatch).span.start;
  }
  const sorted = ordered ? (times as TimeMatch[]) : [...times].sort((a, b) => a.span.start - b.span.start);
  return { text, options, map: spanMapper(options), sentences: splitSentences(text), times: sorted };
}

/** The time expressions that start in `[start, end)`, in order. */
export function timesIn(doc: NoticeDocument, start: number, end: number): TimeMatch[] {
  const { times } = doc;
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((times[mid] as TimeMatch).span.start < start) low = mid + 1;
    else high = mid;
  }
  const found: TimeMatch[] = [];
  for (let i = low; i < times.length && (times[i] as TimeMatch).span.start < end; i++)
    found.push(times[i] as TimeMatch);
  return found;
}

/** The document numbers that lie inside `[from, to)`, found once per document. */
export function documentNumbersIn(doc: NoticeDocument, from: number, to: number): FoundDocumentNumber[] {
  doc.documentNumbers ??= findDocumentNumbers(doc.text, 0, doc.text.length);
  const all = doc.documentNumbers;
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((all[mid] as FoundDocumentNumber).start < from) low = mid + 1;
    else high = mid;
  }
  const found: FoundDocumentNumber[] = [];
  for (let i = low; i < all.length && (all[i] as FoundDocumentNumber).end <= to; i++)
    found.push(all[i] as FoundDocumentNumber);
  return found;
}
