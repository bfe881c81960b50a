import { expectText } from '../_internal/args';
import { acceptExpression } from './_internal/acceptExpression';
import { environmentOf } from './_internal/environment';
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
 * Finds every time expression in running text, in order, each with its span (UTF-16 offsets into
 * `text`) and resolved like {@link parseTime} does. Expressions whose numbers are missing
 * (`年月日下午`, `年月日时至时`, `日时起`: digits stripped) come back unresolved
 * (`ok: false`, `code: 'MISSING_PARTS'`) rather than dropped or guessed, so a caller can warn that a
 * period cannot be dated.
 *
 * Bare days and clock times are only taken with a cue, since 日 and 时 are also counters and words
 * (`连续7日`, `第一时间`): `从23日零时起`, `23日至24日15时`, `12时至24时`, `12月25日、26日`. A bare day takes
 * its month from the nearest preceding date in the text (then `context`, then the reference).
 *
 * Linear in the length of the text: one scan for cue characters (units, date separators, 今昨前明),
 * then the run of time-like characters around each cue is tokenized once and parsed, bounded at each token.
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
