import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NormalizedChars, scanChars } from './normalizeChars';
import { SegmentBuilder } from './segmentMap';
import { mayHoldTraditional } from './traditional';

/** The replacement of a code unit in the two passes `scanChars` merged (their own copy of the rule). */
function replacementOf(c: number): string | undefined {
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x0d || c === 0x0b || c === 0x0c) return '\n';
  if ([0x3000, 0x00a0, 0x202f, 0x205f, 0x1680].includes(c) || (c >= 0x2000 && c <= 0x200a)) return ' ';
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad) return '';
  return undefined;
}

/** The normalisation pass as it was before the merge: its own scan, then `mayHoldTraditional`'s. */
function twoPasses(text: string): { normalized: NormalizedChars | null; mayHoldTraditional: boolean } {
  const parts: string[] = [];
  let builder: SegmentBuilder | null = null;
  let changed = false;
  let pos = 0;
  let mapped = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const r = replacementOf(c);
    if (r === undefined) continue;
    changed = true;
    const end = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    if (i > pos) parts.push(text.slice(pos, i));
    if (r.length > 0) parts.push(r);
    if (r.length !== end - i) {
      builder ??= new SegmentBuilder();
      builder.add(i - mapped, mapped, i, true);
      builder.add(r.length, i, end, false);
      mapped = end;
    }
    pos = end;
    i = end - 1;
  }
  if (!changed) return { normalized: null, mayHoldTraditional: mayHoldTraditional(text) };
  if (pos < text.length) parts.push(text.slice(pos));
  if (builder !== null) builder.add(text.length - mapped, mapped, text.length, true);
  const normalized = { text: parts.join(''), map: builder === null ? null : builder.finish() };
  return { normalized, mayHoldTraditional: mayHoldTraditional(normalized.text) };
}

describe('scanChars, normalisation and the traditional-script test in one scan', () => {
  it('gives what normalising, then scanning the result for traditional characters gave', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '１２：００',
        '（',
        '）',
        '，',
        '\r\n',
        '\r',
        '\n',
        '\u000b',
        '\u3000',
        '\u00a0',
        '\u2009',
      ),
      fc.constantFrom('\u200b', '\u200d', '\ufeff', '\u00ad', '\u2060', 'ｌｏｇｏ', '＃'),
      fc.constantFrom('莊河市', '確診', '溫', '無', '大连市', '新增本土确诊病例3例', '温度', '𠀋', '二噁英'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(scanChars(text)).toEqual(twoPasses(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds traditional script only where the converter would act', () => {
    expect(scanChars('大连市新增本土确诊病例3例，温度正常').mayHoldTraditional).toBe(false);
    expect(scanChars('莊河市，確診病例').mayHoldTraditional).toBe(true);
    expect(scanChars('１２：００ 莊').mayHoldTraditional).toBe(true);
  });
});
