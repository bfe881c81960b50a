import { expectOptions, isString, optional } from '../_internal/args';
import { invalidArgument } from '../_internal/invalidArgument';
import type { RiskLevelId } from './riskLevels';
import type { RiskChange, Unsealing, WrittenLevel } from '../notices/schemas';
import type { Warning } from '../types';
import type { RiskEvent } from './types';

/** Options of {@link riskEventsFromRecords}. */
export interface RiskEventsFromRecordsOptions {
  /** Identifies the document the records come from; copied into each event's `source`. */
  documentId?: string;
}

/** The events made from extraction records, and why some records gave none. */
export interface RiskEventsFromRecords {
  /** One event per area of each usable record, in the records' order, then the areas' order. */
  events: RiskEvent[];
  /** One warning per record skipped or read only in part; `span` points into the original input. */
  warnings: Warning[];
}

const RISK_EVENTS_OPTIONS = { documentId: optional(isString) };

/**
 * Turns the `riskChange` and `unsealing` records of `extractRecords` into the events a {@link RiskTimeline}
 * takes, one per listed area; what it cannot place is skipped with a warning.
 * See docs/policy-authoring.md#levels-of-the-extraction-and-the-schemes-of-packs.
 *
 * @param records the records of one or more documents (any kinds)
 * @param options `documentId` to copy into each event's source
 * @returns the events and the warnings
 * @example
 * const notice = '自2021年11月23日0时起，将庄河市城关街道海洋村刘亮屯由中风险地区调整为低风险地区。';
 * const { records } = extractRecords(notice, { reference: '2021-11-23T16:00:00+08:00' });
 * const { events } = riskEventsFromRecords(records);
 * events[0];
 * // → { area: '庄河市城关街道海洋村刘亮屯', scheme: 'riskArea', kind: 'riskChange', toLevel: 'low',
 * //     fromLevel: 'medium', effectiveAt: '2021-11-23T00:00:00+08:00', source: { span: … } }
 * new RiskTimeline(events).levelAt('庄河市城关街道海洋村刘亮屯', '2021-11-23T00:00:00+08:00'); // → 'low'
 */
export function riskEventsFromRecords(
  records: Iterable<{ readonly kind: string }>,
  options: RiskEventsFromRecordsOptions = {},
): RiskEventsFromRecords {
  if (records === null || typeof (records as Iterable<unknown>)?.[Symbol.iterator] !== 'function') {
    throw invalidArgument('records', 'an iterable of extracted records (an array)', records);
  }
  expectOptions(options, 'options', RISK_EVENTS_OPTIONS);
  const events: RiskEvent[] = [];
  const warnings: Warning[] = [];
  for (const record of records) {
    if (record.kind === 'riskChange') fromRiskChange(record as RiskChange, options, events, warnings);
    else if (record.kind === 'unsealing') fromUnsealing(record as Unsealing, options, events, warnings);
  }
  return { events, warnings };
}

function describe(record: RiskChange | Unsealing): string {
  const names = record.areas.map((area) => area.fullName);
  if (names.length === 0) return record.within ? `the areas of ${record.within.fullName}` : 'no named area';
  return names.length > 3 ? `${names.slice(0, 3).join('、')} and ${names.length - 3} more` : names.join('、');
}

/** Checks what every record needs; returns false (with a warning) when the record gives no event. */
function usable(record: RiskChange | Unsealing, warnings: Warning[]): boolean {
  const what = record.kind === 'riskChange' ? 'risk change' : 'unsealing';
  if (record.effectiveAt === null) {
    warnings.push({
      code: 'RISK_EVENT_UNDATED',
      message: `A ${what} of ${describe(record)} gives no usable effective instant: skipped, not guessed`,
      span: record.effectiveSpan ?? record.span,
    });
    return false;
  }
  if (record.areas.length === 0) {
    warnings.push({
      code: 'RISK_EVENT_NO_AREA',
      message: `A ${what} effective ${record.effectiveAt} names no area by name (${describe(record)}${
        record.declaredCount !== null ? `, ${record.declaredCount} declared` : ''
      }): skipped`,
      span: record.span,
    });
    return false;
  }
  return true;
}

function source(
  record: RiskChange | Unsealing,
  options: RiskEventsFromRecordsOptions,
): NonNullable<RiskEvent['source']> {
  return options.documentId !== undefined
    ? { documentId: options.documentId, span: { start: record.span.start, end: record.span.end } }
    : { span: { start: record.span.start, end: record.span.end } };
}

function fromRiskChange(
  record: RiskChange,
  options: RiskEventsFromRecordsOptions,
  events: RiskEvent[],
  warnings: Warning[],
): void {
  if (record.toLevel === null) {
    const levels = record.classifiedInto.map((level: WrittenLevel) => level.label).join('、');
    warnings.push({
      code: 'RISK_EVENT_NO_LEVEL',
      message: `A risk record of ${describe(record)} ${
        levels
          ? `classifies areas into ${levels} without saying which area has which level`
          : 'names no level'
      }: skipped`,
      span: record.span,
    });
    return;
  }
  if (!usable(record, warnings)) return;
  const to = record.toLevel;
  let fromLevel: RiskLevelId | undefined;
  if (record.fromLevel !== null) {
    const from = record.fromLevel;
    if (from.scheme === to.scheme) fromLevel = from.level;
    else {
      warnings.push({
        code: 'RISK_EVENT_FROM_LEVEL_DROPPED',
        message: `A risk change of ${describe(record)} goes from ${record.fromLevel.label} to ${record.toLevel.label}, levels of different schemes: the from-level is not kept`,
        span: record.fromLevel.span,
      });
    }
  }
  for (const area of record.areas) {
    const event: RiskEvent = {
      area: area.fullName,
      scheme: to.scheme,
      kind: 'riskChange',
      toLevel: to.level,
      effectiveAt: record.effectiveAt!,
      source: source(record, options),
    };
    if (area.code !== null) event.code = area.code;
    if (fromLevel !== undefined) event.fromLevel = fromLevel;
    events.push(event);
  }
}

function fromUnsealing(
  record: Unsealing,
  options: RiskEventsFromRecordsOptions,
  events: RiskEvent[],
  warnings: Warning[],
): void {
  if (!usable(record, warnings)) return;
  for (const area of record.areas) {
    // 解除…封闭管控: lifting says the area was under closed management until then.
    const event: RiskEvent = {
      area: area.fullName,
      scheme: 'closedManagement',
      kind: 'unsealing',
      toLevel: 'open',
      fromLevel: 'sealed',
      effectiveAt: record.effectiveAt!,
      source: source(record, options),
    };
    if (area.code !== null) event.code = area.code;
    events.push(event);
  }
}
