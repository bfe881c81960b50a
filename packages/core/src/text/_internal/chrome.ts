import type { RemovalKind } from '../types';

/** A line (or the tail of a line) of page furniture found in plain text. */
export interface ChromeHit {
  start: number;
  end: number;
  kind: RemovalKind;
  reason: string;
}

/** Whole lines that are user-interface labels of a news page (compared after trimming). */
const UI_LABELS = new Set([
  '分享',
  '分享到',
  '分享到:',
  '分享到微信',
  '分享到微博',
  '分享到QQ',
  '分享到QQ空间',
  '微信',
  '微博',
  '下载客户端',
  '下载APP',
  '登录',
  '注册',
  '登录 注册',
  '字号',
  '字体',
  '收藏',
  '点赞',
  '在看',
  '举报',
  '我要举报',
  '反馈',
  '阅读原文',
  '打印',
  '关闭',
  '打印本页',
  '关闭窗口',
  '【打印】',
  '【关闭】',
  '【打印本页】',
  '【关闭窗口】',
  '返回顶部',
  '回到顶部',
  '上一篇',
  '下一篇',
  '相关阅读',
  '相关新闻',
  '相关推荐',
  '扫一扫',
  '微信扫一扫',
  '扫一扫在手机打开当前页',
  '评论',
  '评论留言',
  '发表评论',
  '暂时没有留言!',
  '暂无评论',
  '+1',
  '• +1',
  '·+1',
]);

/** The longest UI label: longer lines need no look-up. */
const UI_LABEL_MAX = Math.max(...[...UI_LABELS].map((label) => label.length));

/** Keywords that mark a licence / copyright / site-registration footer. */
export const FOOTER_MARKS = [
  'ICP备',
  'ICP证',
  '公网安备',
  '版权所有',
  'Copyright',
  'COPYRIGHT',
  'copyright',
  '©',
  'All Rights Reserved',
  'All rights reserved',
  '许可证:',
  '网站标识码',
  '版权说明',
  '版权保护',
  '版权声明',
  '技术支持:',
  '主办单位',
  '承办单位',
  '本网站由',
];

/** Keywords a footer field starts with (address, postcode, telephone…), in a footer line. */
export const FOOTER_FIELDS = [
  ...FOOTER_MARKS,
  '地址:',
  '邮编:',
  '电话:',
  '传真:',
  '联系电话',
  '联系我们',
  '网站地图',
  '主办:',
  '承办:',
  'ICP',
  '京公网',
  '沪公网',
  '备案',
];

/** A word list by first code unit: the positions in the list of the words that start with it. */
export interface WordsByFirst {
  words: readonly string[];
  /** 1 for a code unit some word starts with: the scan's one look-up for most characters. */
  first: Uint8Array;
  /** For such a unit, the list positions of the words starting with it, in increasing order. */
  positions: Map<number, number[]>;
}

export function wordsByFirst(words: readonly string[]): WordsByFirst {
  const first = new Uint8Array(65536);
  const positions = new Map<number, number[]>();
  words.forEach((word, position) => {
    const unit = word.charCodeAt(0);
    first[unit] = 1;
    const same = positions.get(unit);
    if (same) same.push(position);
    else positions.set(unit, [position]);
  });
  return { words, first, positions };
}
const FOOTER_MARK_WORDS = wordsByFirst(FOOTER_MARKS);
const FOOTER_FIELD_WORDS = wordsByFirst(FOOTER_FIELDS);

/**
 * The first word of the list (in list order) that `text[a, b)` holds, or null: one scan that
 * compares, at a code unit some word starts with, only the words that start with it (`本` of 本土
 * is tried against 本网站由 alone), instead of one search per word.
 */
export function containsIn(text: string, a: number, b: number, list: WordsByFirst): string | null {
  const { words, first, positions } = list;
  let best = words.length;
  for (let i = a; i < b; i++) {
    const unit = text.charCodeAt(i);
    if (first[unit] === 0) continue;
    for (const k of positions.get(unit) as number[]) {
      if (k >= best) break;
      const w = words[k] as string;
      if (i + w.length <= b && text.startsWith(w, i)) {
        best = k;
        break;
      }
    }
    if (best === 0) break;
  }
  return best < words.length ? (words[best] as string) : null;
}

/**
 * Where a footer mark may start: this expression matches at every footer mark but `©` (and at a
 * few strings that are not marks, `All rights` alone: {@link TextSearches} checks what it finds).
 * Written with the marks' shared parts taken out and without the one-character `©`, which is
 * searched for on its own: so the engine can skip ahead (3× faster than the list joined by `|`).
 * A test checks that it finds every mark of {@link FOOTER_MARKS}.
 */
export const FOOTER_MARK_START =
  /ICP[备证]|公网安备|版权[所说保声]|[Cc]opyright|COPYRIGHT|All [Rr]ights|许可证:|网站标识码|技术支持:|[主承]办单位|本网站由/g;
/** The footer mark {@link FOOTER_MARK_START} leaves to a search of its own. */
export const FOOTER_SIGN = '©';

/** What a line is looked for in, asked for lines in increasing order of start. */
export interface ChromeSearch {
  /** The first footer mark, in list order, that `text[a, b)` holds, or null. */
  footerMark(a: number, b: number): string | null;
  /** False when `text[a, b)` cannot hold {@link DISCLAIMER} (true may still be wrong). */
  mayDisclaim(a: number, b: number): boolean;
}

/**
 * The searches of one text: native searches find where the text's next footer mark may start, and
 * its next disclaimer, each kept until the lines pass it, so a text without footers costs a few
 * searches instead of a loop over its characters, and only a line that may hold a mark is scanned
 * for which one comes first in the list ({@link containsIn}).
 */
class TextSearches implements ChromeSearch {
  private nextWord = -1;
  private readonly sign: NextIndex;
  private readonly disclaimer: NextIndex;
  constructor(private readonly text: string) {
    this.sign = new NextIndex(text, FOOTER_SIGN);
    this.disclaimer = new NextIndex(text, DISCLAIMER);
  }

  footerMark(a: number, b: number): string | null {
    if (this.nextWord < a) {
      // The shared expression's position is set before every search (nothing runs between).
      FOOTER_MARK_START.lastIndex = a;
      this.nextWord = FOOTER_MARK_START.exec(this.text)?.index ?? Infinity;
    }
    const next = Math.min(this.nextWord, this.sign.from(a));
    return next < b ? containsIn(this.text, a, b, FOOTER_MARK_WORDS) : null;
  }

  mayDisclaim(a: number, b: number): boolean {
    return this.disclaimer.from(a) < b;
  }
}

/**
 * The next occurrence of a string in a text, for offsets asked in increasing order: one native
 * search, repeated only once the offsets pass the occurrence found.
 */
class NextIndex {
  private at = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The offset of the first occurrence at or after `a` (`Infinity` when there is none). */
  from(a: number): number {
    if (this.at < a) {
      const index = this.text.indexOf(this.needle, a);
      this.at = index < 0 ? Infinity : index;
    }
    return this.at;
  }
}

function trimmedBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/**
 * Finds page furniture in (already character-normalised) text, line by line. Conservative: a line
 * goes only when it is, as a whole, a UI label, a logo line, an editor credit, a reprint notice or a
 * licence/copyright footer; a footer glued to the end of a content line takes only the footer fields.
 *
 * @param search the searches of the text (a test hands in ones that scan every line and compares)
 */
export function findChrome(text: string, search: ChromeSearch = new TextSearches(text)): ChromeHit[] {
  const hits: ChromeHit[] = [];
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const [a, b] = trimmedBounds(text, lineStart, lineEnd);
    if (b > a) {
      const hit = classifyLine(text, a, b, search);
      if (hit) hits.push(hit);
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return hits;
}

/** The word of a publisher's disclaimer (`仅代表作者本人观点`), looked for once per text, not in every line. */
const DISCLAIMER = '仅代表';

function classifyLine(text: string, a: number, b: number, search: ChromeSearch): ChromeHit | null {
  const len = b - a;
  if (len > LONG_LINE) return longLineFooter(text, a, b, search);
  const line = text.slice(a, b);
  if (len <= UI_LABEL_MAX && UI_LABELS.has(line))
    return { start: a, end: b, kind: 'chrome', reason: `page control "${line}"` };
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
  if (len <= 300 && search.mayDisclaim(a, b) && line.includes(DISCLAIMER) && line.includes('观点'))
    return { start: a, end: b, kind: 'footer', reason: 'publisher disclaimer' };
  const mark = search.footerMark(a, b);
  if (!mark) return null;
  // Content with footer fields glued to its end: keep the content, take only the tail.
  const tail = footerTail(text, a, b, mark);
  if (tail && tail.start > a) return tail;
  if (len <= 160 || line.startsWith(mark) || /^[^\u3002]{0,20}(?:版权|声明)/.test(line))
    return { start: a, end: b, kind: 'footer', reason: `licence or copyright footer ("${mark}")` };
  return null;
}

/** Lines longer than this are content (a whole report on one line): only a footer glued to their end goes. */
const LONG_LINE = 600;

/**
 * A footer glued to the end of a long line (scraped pages often put a whole report and the page's
 * footer on one line): the footer fields within the line's last {@link LONG_LINE} characters, never
 * anything before them, so the cost stays bounded whatever the line's length.
 */
function longLineFooter(text: string, a: number, b: number, search: ChromeSearch): ChromeHit | null {
  const from = Math.max(a, b - LONG_LINE);
  const mark = search.footerMark(from, b);
  if (!mark) return null;
  const tail = footerTail(text, from, b, mark);
  return tail && tail.start > from ? tail : null;
}

/** The tail of a line made of footer fields, split at runs of two spaces or after `。`/`)`. */
function footerTail(text: string, a: number, b: number, mark: string): ChromeHit | null {
  const cuts: number[] = [a];
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 && text.charCodeAt(i + 1) === 0x20) {
      let j = i;
      while (j < b && text.charCodeAt(j) === 0x20) j++;
      cuts.push(j);
      i = j - 1;
    } else if ((c === 0x3002 || c === 0x29 || c === 0xff09) && i + 1 < b) {
      let j = i + 1;
      while (j < b && isSpace(text.charCodeAt(j))) j++;
      cuts.push(j);
      i = j - 1;
    }
  }
  let start = b;
  for (let k = cuts.length - 1; k >= 0; k--) {
    const s = cuts[k] as number;
    const e = k + 1 < cuts.length ? (cuts[k + 1] as number) : b;
    if (e <= s) continue;
    if (containsIn(text, s, e, FOOTER_FIELD_WORDS)) start = s;
    else break;
  }
  if (start >= b || start === a) return null;
  return {
    start,
    end: b,
    kind: 'footer',
    reason: `licence or copyright footer at the end of a line ("${mark}")`,
  };
}
