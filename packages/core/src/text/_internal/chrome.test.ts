import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChromeHit,
  classifyLine,
  containsIn,
  FOOTER_FIELDS,
  FOOTER_MARKS,
  footerTail,
  LONG_LINE,
  UI_LABELS,
  wordsByFirst,
} from './chrome';

/** The reading the scan replaces: the first word of the list, in list order, inside the range. */
const firstWordIn = (text: string, a: number, b: number, words: readonly string[]): string | null =>
  words.find((word) => text.slice(a, b).includes(word)) ?? null;

describe('containsIn, the footer-word scan', () => {
  it.each([
    ['footer marks', FOOTER_MARKS],
    ['footer fields', FOOTER_FIELDS],
  ])('finds the first of the %s a range holds, as a search for each word in turn would', (_, words) => {
    const list = wordsByFirst(words);
    // Whole words, their halves (a word cut at a range end), words sharing a first unit, and text.
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => word.slice(0, Math.ceil(word.length / 2))),
      fc.constantFrom(...words).map((word) => word.slice(1)),
      fc.constantFrom('本土', '主要', '版本', 'C', '公告', '地址', ':', '备', ' ', '新增3例'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const a = x % (text.length + 1);
        const b = a + (y % (text.length - a + 1));
        expect(containsIn(text, a, b, list)).toBe(firstWordIn(text, a, b, words));
      }),
      { numRuns: 3000 },
    );
  });
});

const FOOTER_MARK_LIST = wordsByFirst(FOOTER_MARKS);

/** The reading `classifyLine` replaced: the line sliced, then tested with string methods and patterns. */
function classifyBySlice(text: string, a: number, b: number): ChromeHit | null {
  const len = b - a;
  const line = text.slice(a, b);
  if (UI_LABELS.has(line)) return { start: a, end: b, kind: 'chrome', reason: `page control "${line}"` };
  if (len <= 24 && /(?:logo|LOGO|Logo)$/.test(line))
    return { start: a, end: b, kind: 'chrome', reason: 'site logo' };
  if (
    len <= 40 &&
    (line.startsWith('分享到') ||
      line.startsWith('扫码下载') ||
      (line.startsWith('下载') && line.endsWith('客户端')))
  )
    return { start: a, end: b, kind: 'chrome', reason: 'share or download button' };
  if (len <= 40 && /^[【[(]?责任编辑/.test(line))
    return { start: a, end: b, kind: 'footer', reason: 'editor credit (责任编辑)' };
  if (len <= 80 && line.startsWith('转载请'))
    return { start: a, end: b, kind: 'footer', reason: 'reprint notice' };
  if (len <= 300 && line.includes('仅代表') && line.includes('观点'))
    return { start: a, end: b, kind: 'footer', reason: 'publisher disclaimer' };
  const mark = containsIn(text, a, b, FOOTER_MARK_LIST);
  if (!mark) return null;
  const tail = footerTail(text, a, b, mark);
  if (tail && tail.start > a) return tail;
  if (len <= 160 || line.startsWith(mark) || /^[^\u3002]{0,20}(?:版权|声明)/.test(line))
    return { start: a, end: b, kind: 'footer', reason: `licence or copyright footer ("${mark}")` };
  return null;
}

describe('classifyLine, read in place', () => {
  it('classifies a line as slicing it and testing the slice did', () => {
    // Labels, the words each test looks for (whole, cut, at either end), footer words, and content.
    const piece = fc.oneof(
      fc.constantFrom(...UI_LABELS),
      fc.constantFrom(
        '分享到',
        '扫码下载',
        '下载',
        '客户端',
        '责任编辑',
        '【',
        '[',
        '(',
        '转载请',
        '仅代表',
        '观点',
      ),
      fc.constantFrom(
        '【责任编辑',
        '[责任编辑',
        '(责任编辑',
        '((责任编辑',
        'logo',
        'LOGO',
        'Logo',
        'log',
        'ogo',
        '分享',
        '责任',
        '编辑',
        '客户',
        '转载',
        '仅代',
        '观',
      ),
      fc.constantFrom(...FOOTER_MARKS, '地址:', '电话:', '版权', '声明', '。', ')', '  '),
      fc.constantFrom('新增本土确诊病例3例', '大连市', '截至11月22日24时', 'x'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(piece, { maxLength: 3 }), (pieces, around) => {
        const line = pieces.join('').trim();
        if (line.length === 0 || line.length > LONG_LINE) return;
        // The line among others: text before and after it must not change its reading.
        const before = `${around.join('')}\n`;
        const text = `${before}${line}\n${around.join('')}`;
        const a = before.length;
        const b = a + line.length;
        expect(classifyLine(text, a, b)).toEqual(classifyBySlice(text, a, b));
      }),
      { numRuns: 5000 },
    );
  });
});
