import type { TimeMatch, TimeValue } from '../src/time/types';

/** The matches that resolved, as their text and value. */
export function resolved(matches: TimeMatch[]): Array<{ text: string; value: TimeValue }> {
  return matches.flatMap((match) => (match.ok ? [{ text: match.text, value: match.value }] : []));
}

/** The text of every match. */
export function texts(matches: TimeMatch[]): string[] {
  return matches.map((match) => match.text);
}
