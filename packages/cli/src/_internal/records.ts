/**
 * How `fangkong parse` shows a record to people: one table row, and the figures with their sources
 * for `--explain`. The only place that reads the fields of each record kind for display.
 */
import type { Span } from '@fangkong/core';
import type { ExtractedRecord } from '@fangkong/core/extract';
import { BULLETIN_FIGURES, figureAt } from './figures';
import { shortInstant } from './instants';

const count = (value: number | null | undefined) =>
  value === null || value === undefined ? '?' : String(value);

/** `[kind, where, when, what]` of a record. */
export function describeRecord(record: ExtractedRecord): [string, string, string, string] {
  switch (record.kind) {
    case 'dailyBulletin': {
      const when = record.period
        ? `${shortInstant(record.period.start)} → ${shortInstant(record.period.end)}`
        : 'undated';
      const parts = [
        `new local ${count(record.newLocalConfirmed.value ?? record.newConfirmed.value)}/${count(record.newLocalAsymptomatic.value)}`,
      ];
      if (record.cumulativeConfirmed.value !== null || record.cumulativeAsymptomatic.value !== null) {
        parts.push(
          `cumulative ${count(record.cumulativeConfirmed.value)}/${count(record.cumulativeAsymptomatic.value)}`,
        );
      }
      if (record.inHospital.total.value !== null) parts.push(`in hospital ${record.inHospital.total.value}`);
      if (record.dischargedCumulative.total.value !== null) {
        parts.push(`discharged in all ${record.dischargedCumulative.total.value}`);
      }
      return ['dailyBulletin', record.region ?? '?', when, parts.join(' · ')];
    }
    case 'riskChange':
    case 'unsealing': {
      const names = record.areas.map((area) => area.fullName);
      const where =
        names.length === 0
          ? (record.within?.fullName ?? record.areaText ?? '?')
          : names.length > 2
            ? `${names.slice(0, 2).join('、')} +${names.length - 2}`
            : names.join('、');
      const declared = record.declaredCount !== null ? ` (${record.declaredCount} declared)` : '';
      const what =
        record.kind === 'riskChange'
          ? `${record.fromLevel?.label ?? '?'} → ${record.toLevel?.label ?? record.classifiedInto.map((level) => level.label).join('/')}${declared}`
          : `${record.measure}${declared}${record.documentNumber ? ` ${record.documentNumber.text}` : ''}`;
      return [record.kind, where, `from ${shortInstant(record.effectiveAt)}`, what];
    }
    case 'pressConference':
      return [
        'pressConference',
        record.organiser ?? '?',
        record.date ?? 'undated',
        `no. ${count(record.ordinal)}${record.speakers.length ? ` · ${record.speakers.map((speaker) => speaker.name).join('、')}` : ''}`,
      ];
    case 'bulletinIndex':
      return ['bulletinIndex', '', '', `${record.entries.length} titles`];
    default:
      return [(record as { kind: string }).kind, '', '', ''];
  }
}

/** The figures of a record that the text gave a place for, with that place. */
export function explainRecord(record: ExtractedRecord): { label: string; value: string; span: Span }[] {
  const items: { label: string; value: string; span: Span }[] = [];
  if (record.kind === 'dailyBulletin') {
    if (record.periodSpan && record.period) {
      items.push({
        label: 'period',
        value: `${shortInstant(record.period.start)} → ${shortInstant(record.period.end)}`,
        span: record.periodSpan,
      });
    }
    for (const [column, path] of BULLETIN_FIGURES) {
      const figure = figureAt(record, path);
      if (!figure?.span) continue;
      items.push({
        label: column,
        value: `${figure.value ?? 'null (empty slot)'}${figure.asOf ? ` as of ${shortInstant(figure.asOf)}` : ''}`,
        span: figure.span,
      });
    }
  } else if (record.kind === 'riskChange' || record.kind === 'unsealing') {
    if (record.effectiveAt && record.effectiveSpan) {
      items.push({ label: 'effective', value: shortInstant(record.effectiveAt), span: record.effectiveSpan });
    }
    if (record.kind === 'riskChange') {
      if (record.fromLevel)
        items.push({ label: 'from', value: record.fromLevel.label, span: record.fromLevel.span });
      if (record.toLevel) items.push({ label: 'to', value: record.toLevel.label, span: record.toLevel.span });
      if (record.condition) {
        items.push({
          label: 'condition',
          value: `${count(record.condition.days)} days`,
          span: record.condition.span,
        });
      }
    }
    for (const area of record.areas) items.push({ label: 'area', value: area.fullName, span: area.span });
  } else if (record.kind === 'pressConference') {
    for (const speaker of record.speakers)
      items.push({ label: 'speaker', value: speaker.name, span: speaker.span });
  } else if (record.kind === 'bulletinIndex') {
    for (const entry of record.entries)
      items.push({ label: 'title', value: entry.date ?? '?', span: entry.span });
  }
  return items;
}
