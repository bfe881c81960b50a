import { DEFAULT_COUNTERS } from '../defaultCounters';

/** Finds the longest counter at a position; built once per counter list. */
export class CounterMatcher {
  private readonly byFirst = new Map<number, string[]>();

  constructor(counters: Iterable<string>) {
    for (const counter of counters) {
      if (counter.length === 0) continue;
      const first = counter.charCodeAt(0);
      const list = this.byFirst.get(first) ?? [];
      if (!list.includes(counter)) list.push(counter);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest counter starting at `position`, or null. */
  match(text: string, position: number): string | null {
    const list = this.byFirst.get(text.charCodeAt(position));
    if (list === undefined) return null;
    for (const counter of list) if (text.startsWith(counter, position)) return counter;
    return null;
  }
}

let defaultMatcher: CounterMatcher | undefined;

/** The matcher for the built-in counters plus `extra`. */
export function counterMatcher(extra?: readonly string[]): CounterMatcher {
  if (extra === undefined || extra.every((counter) => DEFAULT_COUNTERS.includes(counter))) {
    defaultMatcher ??= new CounterMatcher(DEFAULT_COUNTERS);
    return defaultMatcher;
  }
  return new CounterMatcher([...DEFAULT_COUNTERS, ...extra]);
}
