import { Parser } from 'htmlparser2';
import type { RemovalKind } from '../types';
import { SegmentBuilder, type SegmentMap } from './segmentMap';

/** Something the markup pass dropped that is worth reporting (not plain tags). */
interface MarkupRemoval {
  start: number;
  end: number;
  kind: RemovalKind;
  reason: string;
}

export interface MarkupResult {
  text: string;
  map: SegmentMap;
  removed: MarkupRemoval[];
  /** The `<title>` text (entities decoded) and its original range, when present. */
  title: { text: string; start: number; end: number } | null;
}

const SCRIPT_LIKE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'select',
  'button',
  'textarea',
]);

const CHROME_ELEMENTS = new Set(['nav', 'aside', 'form', 'menu']);
const FOOTER_ELEMENTS = new Set(['footer']);

const CHROME_WORDS = new Set([
  'share',
  'sharing',
  'social',
  'nav',
  'navbar',
  'navigation',
  'subnav',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'sidebar',
  'comment',
  'comments',
  'toolbar',
  'topbar',
  'login',
  'advert',
  'ads',
  'qrcode',
  'related',
  'recommend',
]);
const FOOTER_WORDS = new Set(['footer', 'foot', 'copyright', 'copyrights', 'licence', 'license']);

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'hr',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'section',
  'article',
  'header',
  'main',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'center',
  'title',
  'body',
  'html',
]);
const CELL = new Set(['td', 'th']);

/** Splits a class or id attribute into lower-case words (`article-share_box` → share, box). */
function attributeWords(value: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) word += value[i];
    else if (c >= 0x41 && c <= 0x5a) word += String.fromCharCode(c + 32);
    else {
      if (word) words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

function classify(
  name: string,
  attribs: Record<string, string>,
): { kind: RemovalKind; reason: string } | null {
  if (SCRIPT_LIKE.has(name)) return { kind: 'script', reason: `<${name}> element` };
  if (CHROME_ELEMENTS.has(name)) return { kind: 'chrome', reason: `<${name}> element (page furniture)` };
  if (FOOTER_ELEMENTS.has(name)) return { kind: 'footer', reason: `<${name}> element (page footer)` };
  const role = attribs.role?.toLowerCase();
  if (role === 'navigation' || role === 'search' || role === 'menu')
    return { kind: 'chrome', reason: `element with role="${role}"` };
  if (role === 'contentinfo') return { kind: 'footer', reason: 'element with role="contentinfo"' };
  for (const attr of ['class', 'id'] as const) {
    const value = attribs[attr];
    if (!value) continue;
    for (const word of attributeWords(value)) {
      if (FOOTER_WORDS.has(word)) return { kind: 'footer', reason: `element with ${attr} "${value}"` };
      if (CHROME_WORDS.has(word)) return { kind: 'chrome', reason: `element with ${attr} "${value}"` };
    }
  }
  return null;
}

function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** The text of a page as the parser walks it, with the map from each piece back to the input. */
class TextEmitter {
  readonly parts: string[] = [];
  readonly builder = new SegmentBuilder();
  /** Inside how many `<pre>` elements: white space is kept there. */
  pre = 0;
  /** Input offset up to which output was produced (keeps the map's segments in order). */
  lastEnd = 0;
  /** The last code unit emitted, to avoid runs of spaces and line breaks. */
  private lastChar = 0x0a;

  constructor(private readonly input: string) {}

  /** A line break or space the markup stands for (a block or cell boundary), never doubled. */
  synthetic(ch: string, at: number): void {
    const code = ch.charCodeAt(0);
    if (this.lastChar === code || (code === 0x20 && this.lastChar === 0x0a)) return;
    const pos = Math.max(this.lastEnd, Math.min(at, this.input.length));
    this.parts.push(ch);
    this.builder.add(1, pos, pos, false);
    this.lastChar = code;
  }

  /**
   * Text of the page from `start` to `end` of the input: copied as it is inside `<pre>`, with
   * white-space runs collapsed elsewhere, and as one inexact piece where the parser decoded entities.
   */
  text(data: string, start: number, end: number): void {
    if (start < this.lastEnd) start = this.lastEnd;
    if (end < start) end = start;
    const verbatim = end - start === data.length && this.input.startsWith(data, start);
    if (!verbatim) {
      // An entity (or a text the parser rewrote): one inexact piece.
      if (data.length === 0) return;
      let out = data;
      if (this.pre === 0 && out.length === 1 && isHtmlSpace(out.charCodeAt(0))) {
        if (this.lastChar === 0x20 || this.lastChar === 0x0a) {
          this.lastEnd = end;
          return;
        }
        out = ' ';
      }
      this.parts.push(out);
      this.builder.add(out.length, start, end, false);
      this.lastChar = out.charCodeAt(out.length - 1);
      this.lastEnd = end;
      return;
    }
    if (this.pre > 0) {
      this.parts.push(data);
      this.builder.add(data.length, start, end, true);
      this.lastChar = data.charCodeAt(data.length - 1);
      this.lastEnd = end;
      return;
    }
    // Collapse white-space runs to one space (none after a line break or another space).
    let i = 0;
    const n = data.length;
    while (i < n) {
      let j = i;
      while (j < n && !isHtmlSpace(data.charCodeAt(j))) j++;
      if (j > i) {
        this.parts.push(data.slice(i, j));
        this.builder.add(j - i, start + i, start + j, true);
        this.lastChar = data.charCodeAt(j - 1);
      }
      if (j >= n) break;
      let k = j;
      while (k < n && isHtmlSpace(data.charCodeAt(k))) k++;
      if (this.lastChar !== 0x20 && this.lastChar !== 0x0a) {
        if (k - j === 1 && data.charCodeAt(j) === 0x20) this.builder.add(1, start + j, start + k, true);
        else this.builder.add(1, start + j, start + k, false);
        this.parts.push(' ');
        this.lastChar = 0x20;
      }
      i = k;
    }
    this.lastEnd = end;
  }
}

/**
 * Turns an HTML page into text: tags dropped, block elements become line breaks, white space runs
 * of the source collapse to one space (outside `<pre>`), entities decoded, and script-like and
 * chrome elements dropped and reported. Never throws; linear in the input.
 */
export function extractHtml(input: string): MarkupResult {
  const removed: MarkupRemoval[] = [];
  let title: { text: string; start: number; end: number } | null = null;
  let titleText = '';
  let titleStart = -1;
  let titleEnd = -1;
  let inTitle = false;
  let depth = 0;
  let skip: { depth: number; start: number; kind: RemovalKind; reason: string } | null = null;

  const out = new TextEmitter(input);

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        const dropped = trimOpenElements(parser);
        if (dropped > 0) {
          depth -= dropped;
          // The skipped element itself may have been dropped: its subtree then ends with the outermost kept element.
          if (skip) skip.depth = Math.max(1, skip.depth - dropped);
        }
        if (name === 'title' && titleStart < 0) {
          inTitle = true;
          titleStart = parser.endIndex + 1;
        }
        if (skip) return;
        const verdict = classify(name, attribs);
        if (verdict) {
          skip = { depth, start: parser.startIndex, ...verdict };
          return;
        }
        if (name === 'pre') out.pre++;
        if (BLOCK.has(name)) out.synthetic('\n', parser.startIndex);
        else if (CELL.has(name)) out.synthetic(' ', parser.startIndex);
      },
      onclosetag(name) {
        if (inTitle && name === 'title') {
          inTitle = false;
          titleEnd = Math.max(titleStart, parser.startIndex);
          const text = titleText.trim();
          if (text) title = { text, start: titleStart, end: Math.min(titleEnd, input.length) };
        }
        if (skip) {
          if (depth === skip.depth) {
            const end = Math.min(input.length, Math.max(parser.endIndex + 1, skip.start));
            if (end > skip.start)
              removed.push({ start: skip.start, end, kind: skip.kind, reason: skip.reason });
            out.lastEnd = Math.max(out.lastEnd, end);
            skip = null;
          }
          depth--;
          return;
        }
        depth--;
        if (name === 'pre' && out.pre > 0) out.pre--;
        if (BLOCK.has(name)) out.synthetic('\n', parser.endIndex + 1);
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (skip) return;
        out.text(data, parser.startIndex, parser.endIndex + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(input);
  parser.end();
  if (skip !== null) {
    const open = skip as { start: number; kind: RemovalKind; reason: string };
    if (input.length > open.start)
      removed.push({
        start: open.start,
        end: input.length,
        kind: open.kind,
        reason: `${open.reason}, never closed`,
      });
  }
  return { text: out.parts.join(''), map: out.builder.finish(), removed, title };
}

/** More open elements than this is no real page: the outermost are forgotten (see below). */
const MAX_OPEN_ELEMENTS = 256;

/**
 * Keeps htmlparser2's stack of open elements short. The parser adds and removes elements at the
 * front of an array and looks names up in it, so 100k nested or unclosed tags cost quadratic time;
 * past {@link MAX_OPEN_ELEMENTS} the outer half is forgotten (their end tags then close nothing).
 * Returns how many elements were dropped.
 */
function trimOpenElements(parser: Parser): number {
  const internals = parser as unknown as { stack?: unknown; foreignContext?: unknown };
  // The parallel stack of SVG / MathML contexts grows the same way under nested <svg>.
  const contexts = internals.foreignContext;
  if (Array.isArray(contexts) && contexts.length > MAX_OPEN_ELEMENTS) contexts.length = MAX_OPEN_ELEMENTS / 2;
  const stack = internals.stack;
  if (!Array.isArray(stack) || stack.length <= MAX_OPEN_ELEMENTS) return 0;
  const keep = MAX_OPEN_ELEMENTS / 2;
  const dropped = stack.length - keep;
  stack.length = keep;
  return dropped;
}

/** Cheap test for HTML: a doctype, or a known tag name right after `<`, near the start. */
export function looksLikeHtml(input: string): boolean {
  const limit = Math.min(input.length, 65536);
  let tags = 0;
  for (let i = input.indexOf('<'); i >= 0 && i < limit; i = input.indexOf('<', i + 1)) {
    let j = i + 1;
    if (input.charCodeAt(j) === 0x2f) j++; // '/'
    if (input.charCodeAt(j) === 0x21) {
      // <!doctype or <!--
      const head = input.slice(j + 1, j + 8).toLowerCase();
      if (head.startsWith('doctype') || head.startsWith('--')) return true;
      continue;
    }
    let name = '';
    while (j < input.length && name.length < 12) {
      const c = input.charCodeAt(j) | 0x20;
      if ((c >= 0x61 && c <= 0x7a) || (name.length > 0 && c >= 0x30 && c <= 0x39)) {
        name += String.fromCharCode(c);
        j++;
      } else break;
    }
    const after = input.charCodeAt(j);
    if (name && (after === 0x3e || after === 0x20 || after === 0x2f || after === 0x0a || after === 0x09)) {
      if (KNOWN_TAGS.has(name) && ++tags >= 1) return true;
    }
  }
  return false;
}

const KNOWN_TAGS = new Set([
  'html',
  'head',
  'body',
  'div',
  'p',
  'br',
  'span',
  'a',
  'table',
  'tr',
  'td',
  'meta',
  'script',
  'style',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'ul',
  'li',
  'img',
  'title',
  'font',
  'strong',
  'b',
  'nav',
  'footer',
]);
