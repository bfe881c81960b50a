import { expectText } from '../_internal/args';
import { environmentOf, expectTimeOptions } from './_internal/environment';
import { parseExpression, skipSpace } from './_internal/parseTimeExpression';
import { resolveExpression } from './_internal/resolveTimeExpression';
import { foldTimeText, tokenizeTime } from './_internal/tokenizeTime';
import type { ParseTimeOptions, TimeParseResult } from './types';

const MAX_EXCERPT = 40;

function excerpt(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
}

/**
 * Reads ONE time expression and resolves it to instants in China Standard Time; never throws on the
 * text (`{ ok: false, code, reason }`), throws `FangkongError` `INVALID_ARGUMENT` on malformed options.
 * See docs/numbers-and-times.md#one-time-expression-parsetime.
 *
 * @param text one time expression
 * @param options `reference` (publication instant: year inference, relative days), `context`
 *   (the document's date: month of a bare day, date of a bare clock time)
 * @returns `{ ok: true, value, span, text, warnings }` or `{ ok: false, code, reason, span, text, missing }`
 * @example
 * parseTime('1月12日零时至24时', { reference: '2021-01-13T10:00:00+08:00' });
 * // → { ok: true, value: { kind: 'period', start: '2021-01-12T00:00:00+08:00',
 * //     end: '2021-01-13T00:00:00+08:00', precision: 'hour', inferred: ['year'] }, … }
 * const asOf = parseTime('截至11月22日24时', { reference: '2021-11-23T10:00:00+08:00' });
 * // Check `ok` before reading `value`: a failure has `code` and `reason` instead
 * if (asOf.ok) {
 *   asOf.value; // → { kind: 'asOf', at: '2021-11-23T00:00:00+08:00', precision: 'hour', inferred: ['year'] }
 * }
 * const from = parseTime('从23日零时起', { context: { year: 2021, month: 11 } });
 * if (from.ok) {
 *   from.value; // → { kind: 'from', start: '2021-11-23T00:00:00+08:00', precision: 'hour', inferred: ['year', 'month'] }
 * }
 * parseTime('年月日时至时');
 * // → { ok: false, code: 'MISSING_PARTS', missing: ['year', 'month', 'day', 'hour'], … }
 */
export function parseTime(text: string, options: ParseTimeOptions = {}): TimeParseResult {
  expectText(text, 'text');
  expectTimeOptions(options);
  return parseTimeUnchecked(text, options);
}

/**
 * {@link parseTime} for core's own calls, whose text is a string and whose options are already
 * checked or built by core (a reference in fangkong's own form): the arguments are not checked again.
 */
export function parseTimeUnchecked(text: string, options: ParseTimeOptions): TimeParseResult {
  const env = environmentOf(options);
  const tokens = tokenizeTime(foldTimeText(text));
  const firstIndex = skipSpace(tokens, 0);
  const first = tokens[firstIndex];
  if (!first) {
    return {
      ok: false,
      code: 'EMPTY_INPUT',
      reason: 'the text is empty; expected a time expression such as 1月12日零时至24时',
      span: { start: 0, end: text.length },
      text,
      missing: [],
    };
  }
  const lastIndex = tokens[tokens.length - 1]?.kind === 'space' ? tokens.length - 2 : tokens.length - 1;
  const trimmed = { start: first.start, end: (tokens[lastIndex] as { end: number }).end };
  const node = parseExpression(tokens, firstIndex);
  if (!node) {
    return {
      ok: false,
      code: 'NOT_A_TIME',
      reason: `"${excerpt(text.slice(trimmed.start, trimmed.end))}" does not start with a time expression; expected e.g. 2021年1月12日, 1月12日零时至24时, 截至11月22日24时`,
      span: trimmed,
      text: text.slice(trimmed.start, trimmed.end),
      missing: [],
    };
  }
  const span = { start: node.start, end: node.end };
  const matched = text.slice(span.start, span.end);
  if (skipSpace(tokens, node.next) < tokens.length) {
    return {
      ok: false,
      code: 'TRAILING_TEXT',
      reason: `read "${excerpt(matched)}" as a time but "${excerpt(text.slice(node.end).trim())}" follows; parseTime reads one expression (use findTimeExpressions for running text)`,
      span: trimmed,
      text: text.slice(trimmed.start, trimmed.end),
      missing: [],
    };
  }
  const resolved = resolveExpression(node, env);
  if (!resolved.ok) {
    return {
      ok: false,
      code: resolved.code,
      reason: resolved.reason,
      span,
      text: matched,
      missing: resolved.missing,
    };
  }
  return { ok: true, value: resolved.value, span, text: matched, warnings: resolved.warnings };
}
