import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from './countryNames';
import { countryNameIn } from './namesAroundCounts';

/** countryNameIn without its cheap test on the last character: the prefixes stripped, then a lookup. */
function looked(text: string): string | null {
  const name = text
    .replace(/^[^\u4e00-\u9fff]*/, '')
    .replace(/^其中/, '')
    .replace(/^在/, '')
    .replace(/^为/, '')
    .replace(/^均在/, '');
  return COUNTRY_NAMES.split('|').includes(name) ? name : null;
}

describe('countryNameIn', () => {
  it('finds a country exactly when the name, after its prefixes, is one', () => {
    const countries = COUNTRY_NAMES.split('|');
    fc.assert(
      fc.property(
        fc.constantFrom('', '其中', '、', '1.', '其中在'),
        fc.oneof(
          fc.constantFrom(...countries),
          fc.constantFrom('英', '美国人', '大连市', '国', '刚果（金', '英国和'),
        ),
        (prefix, name) => {
          const text = `${prefix}${name}`;
          expect(countryNameIn(text, 0, text.length)).toBe(looked(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
