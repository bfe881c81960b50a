import { expectText } from '../_internal/args';
import { acceptExpression } from './_internal/acceptExpression';
import { environmentOf, expectTimeOptions } from './_internal/environment';
import { parseExpression, skipSpace } from './_internal/parseTimeExpression';
import { type ResolveEnv, resolveExpression } from './_internal/resolveTimeExpression';
import {
  foldTimeSlice,
  mayHoldTimeExpression,
  SEGMENT_BREAK,
  SEGMENT_CUE,
  type TimeToken,
  tokenizeTime,
} from './_internal/tokenizeTime';
import type { FindTimeExpressionsOptions, TimeMatch } from './types';

function canStart(token: TimeToken): boolean {
  return (
    token.kind === 'num' ||
    token.kind === 'cnum' ||
    token.kind === 'unit' ||
    token.kind === 'word' ||
    token.kind === 'open'
  );
}

/**
 * Finds every time expression in running text, in order, with its span, resolved like {@link parseTime};
 * one whose numbers are missing comes back `ok: false`, `code: 'MISSING_PARTS'`.
 * See docs/numbers-and-times.md#time-expressions-in-running-text-findtimeexpressions.
 *
 * @param text running text, e.g. a whole bulletin
 * @param options as for parseTime, plus `carryContext` (default true)
 * @returns the matches, in text order
 * @example
 * findTimeExpressions('截至11月22日24时，…已连续14天无新增。从23日零时起，调整为低风险地区', {
 *   reference: '2021-11-23T10:00:00+08:00',
 * }).map((match) => match.ok && match.value);
 * // → [{ kind: 'asOf', at: '2021-11-23T00:00:00+08:00', … },
 * //    { kind: 'from', start: '2021-11-23T00:00:00+08:00', inferred: ['year', 'month'], … }]
 * findTimeExpressions('年月日时至时，大连市无新增').map((match) => match.ok || match.code);
 * // → ['MISSING_PARTS']
 */
export function findTimeExpressions(text: string, options: FindTimeExpressionsOptions = {}): TimeMatch[] {
  expectText(text, 'text');
  expectTimeOptions(options);
  return findTimeExpressionsUnchecked(text, options);
}

/**
 * {@link findTimeExpressions} for core's own calls, whose text is a string and whose options are
 * already checked or built by core (a reference in fangkong's own form): the arguments are not
 * checked again (the check read the reference once more for every document).
 */
export function findTimeExpressionsUnchecked(text: string, options: FindTimeExpressionsOptions): TimeMatch[] {
  const env = environmentOf(options);
  const carryContext = options.carryContext ?? true;
  const matches: TimeMatch[] = [];
  // Only the runs between segment breaks that hold a cue can hold an expression, and no expression
  // crosses a break (see SEGMENT_BREAK): tokenize those runs alone, in text order.
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (SEGMENT_CUE[text.charCodeAt(at)] === 0) {
      at++;
      continue;
    }
    let start = at;
    while (start > 0 && SEGMENT_BREAK[text.charCodeAt(start - 1)] === 0) start--;
    let end = at + 1;
    while (end < length && SEGMENT_BREAK[text.charCodeAt(end)] === 0) end++;
    if (mayHoldTimeExpression(text, start, end)) {
      findInTokens(text, tokenizeTime(foldTimeSlice(text, start, end), start), env, carryContext, matches);
    }
    at = end + 1;
  }
  return matches;
}

function findInTokens(
  text: string,
  tokens: TimeToken[],
  env: ResolveEnv,
  carryContext: boolean,
  matches: TimeMatch[],
): void {
  let listStart = -1;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as TimeToken;
    if (!canStart(token)) {
      index++;
      continue;
    }
    const node = parseExpression(tokens, index);
    if (!node || !acceptExpression(node, index === listStart)) {
      index++;
      continue;
    }
    const span = { start: node.start, end: node.end };
    const matched = text.slice(span.start, span.end);
    const resolved = resolveExpression(node, env);
    if (resolved.ok) {
      matches.push({ ok: true, value: resolved.value, span, text: matched, warnings: resolved.warnings });
      if (carryContext && resolved.lastDate) env.carry = resolved.lastDate;
    } else {
      matches.push({
        ok: false,
        code: resolved.code,
        reason: resolved.reason,
        span,
        text: matched,
        missing: resolved.missing,
      });
    }
    index = node.next;
    const after = skipSpace(tokens, index);
    listStart = tokens[after]?.kind === 'list' ? skipSpace(tokens, after + 1) : -1;
  }
}
