import {
  expectOptions,
  expectText,
  isBoolean,
  isFunction,
  isString,
  oneOf,
  optional,
} from '../_internal/args';
import { isInstant } from '../time/_internal/isInstant';
import { extractNoticesUnchecked } from '../notices/extractNotices';
import { toMillis } from '../time/_internal/toMillis';
import { toChinaInstant } from '../time/instant';
import { cleanText } from '../text/cleanText';
import { findTimeExpressionsUnchecked } from '../time/findTimeExpressions';
import type { InstantInput } from '../time/instant';
import type { TimeMatch } from '../time/types';
import type { Span, Warning } from '../types';
import { checkReadBulletins } from '../bulletin/checkBulletin';
import type { ExtractDailyBulletinsOptions } from '../bulletin/extractDailyBulletins';
import { bulletinReference, readDailyBulletinsUnchecked } from '../bulletin/_internal/readDailyBulletins';
import type { ExtractedRecord, ExtractionResult } from './schemas';
import type { AreaResolver } from '../areas/resolveAreaCode';

/** Options of {@link extractRecords}. */
export interface ExtractRecordsOptions {
  /** Publication instant if the caller knows it; otherwise one found in the document is used. */
  reference?: InstantInput;
  /** Default region for bulletins that name none, e.g. `大连市`. */
  region?: string;
  /** Also return the cleaned text (`result.text`). Default false. */
  includeText?: boolean;
  /**
   * Resolves an area's full name to a division code (inject `@fangkong/core/areas`'s resolver; core
   * does not import the data statically).
   */
  resolveArea?: AreaResolver;
  /**
   * How hard cleaning looks for injected text (see `cleanText`): `true` (the default) finds text
   * the title corroborates, `'thorough'` also text that splits words without a title, `false` none.
   */
  detectInjected?: boolean | 'thorough';
}

/** What the extraction needs from cleaning (`text/cleanText`): the text and the way back to the input. */
const EXTRACT_RECORDS_OPTIONS = {
  reference: optional(isInstant),
  region: optional(isString),
  includeText: optional(isBoolean),
  resolveArea: optional(isFunction),
  detectInjected: optional(oneOf([true, false, 'thorough'])),
};

interface Cleaned {
  text: string;
  toOriginalSpan: (span: Span) => Span;
  removed: ExtractionResult['removed'];
  warnings: Warning[];
}

/** `text/cleanText`, reduced to what extraction needs. */
function clean(input: string, detectInjected: boolean | 'thorough'): Cleaned {
  const cleaned = cleanText(input, { detectInjected });
  return {
    text: cleaned.text,
    toOriginalSpan: (span) => cleaned.toOriginalSpan(span),
    removed: cleaned.removed,
    warnings: cleaned.warnings,
  };
}

const spanOf = (record: ExtractedRecord): number => record.span.start;

/**
 * Extracts every record of a document: daily bulletins (several per document and per region) and
 * the notices (risk changes, unsealings, press conferences, bulletin indexes), each with spans into `input`, its own warnings and cross-checks. Never throws on a string.
 *
 * @param input - the document as scraped (text or HTML).
 * @param options - reference instant, default region, area resolver.
 * @returns records in document order, document-level warnings and what cleaning removed.
 * @example
 * const result = extractRecords('2021年1月12日零时至24时,大连市无新增本土确诊病例和本土无症状感染者。');
 * result.records[0]?.kind; // → 'dailyBulletin'
 */
export function extractRecords(input: string, options: ExtractRecordsOptions = {}): ExtractionResult {
  const text = expectText(input, 'input');
  expectOptions(options, 'options', EXTRACT_RECORDS_OPTIONS);
  // One rule for every instant argument (see millisFromInstant): a Date, a plain date or a
  // zone-less string is read once here, in China time, and the extractors see fangkong's form.
  const given =
    options.reference === undefined
      ? undefined
      : toChinaInstant(toMillis(options.reference, 'options.reference'));
  const warnings: Warning[] = [];
  let cleaned: Cleaned;
  try {
    cleaned = clean(text, options.detectInjected ?? true);
  } catch (error) {
    warnings.push({
      code: 'CLEANING_FAILED',
      message: `cleaning failed (${String(error)}); the raw text is read`,
    });
    cleaned = { text, toOriginalSpan: (span) => span, removed: [], warnings: [] };
  }
  warnings.push(...cleaned.warnings);
  for (const removed of cleaned.removed) {
    if (removed.kind === 'injected') {
      warnings.push({
        code: 'INJECTED_TEXT_REMOVED',
        message: `injected text removed before extraction: "${removed.text}"`,
        span: removed.span,
      });
    }
  }
  const reference = bulletinReference(cleaned.text, given) ?? undefined;
  // ONE pass of time expressions, shared by the bulletin and the notices extractors.
  let timeExpressions: TimeMatch[] = [];
  try {
    timeExpressions = findTimeExpressionsUnchecked(
      cleaned.text,
      reference === undefined ? {} : { reference },
    );
  } catch (error) {
    warnings.push({ code: 'EXTRACTOR_FAILED', message: `time expressions failed: ${String(error)}` });
  }
  const bulletinOptions: ExtractDailyBulletinsOptions = {
    toOriginalSpan: cleaned.toOriginalSpan,
    timeExpressions,
  };
  if (given) bulletinOptions.reference = given;
  if (options.region) bulletinOptions.region = options.region;
  if (options.resolveArea) bulletinOptions.resolveArea = options.resolveArea;

  const records: ExtractedRecord[] = [];
  const run = (name: string, extractor: () => ExtractedRecord[]): void => {
    try {
      records.push(...extractor());
    } catch (error) {
      // An extractor bug must not lose the other records: report it and go on.
      warnings.push({ code: 'EXTRACTOR_FAILED', message: `${name} failed: ${String(error)}` });
    }
  };
  run('daily bulletins', () => {
    const read = readDailyBulletinsUnchecked(cleaned.text, bulletinOptions);
    warnings.push(...read.warnings);
    return checkReadBulletins(read.bulletins);
  });
  run('notices', () => {
    const result = extractNoticesUnchecked(cleaned.text, {
      reference,
      toOriginalSpan: cleaned.toOriginalSpan,
      region: options.region,
      resolveArea: options.resolveArea,
      timeExpressions,
    });
    warnings.push(...result.warnings);
    return result.records;
  });
  records.sort((a, b) => spanOf(a) - spanOf(b));
  const result: ExtractionResult = { records, warnings, removed: cleaned.removed };
  if (options.includeText) result.text = cleaned.text;
  return result;
}
