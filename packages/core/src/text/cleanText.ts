import { expectOptions, expectText, isBoolean, oneOf, optional } from '../_internal/args';
import type { Span, Warning } from '../types';
import { annotationSpans } from './_internal/annotations';
import { findChrome } from './_internal/chrome';
import { entityEdits } from './_internal/decodeEntities';
import { findInjected, firstLine } from './_internal/findInjected';
import { extractHtml, looksLikeHtml } from './_internal/html';
import { normalizeCharsOf, scanChars } from './_internal/normalizeChars';
import { applyEdits, type Edit, SegmentMap } from './_internal/segmentMap';
import { spacingEdits } from './_internal/spacing';
import { mayHoldTraditional, traditionalEdits } from './_internal/traditional';
import type { CleanedText, CleanTextOptions, RemovalKind, RemovedSpan } from './types';

const REMOVED_TEXT_LIMIT = 200;
const TITLE_MAX_LENGTH = 60;

/** The text being cleaned and the map from it back to the original input. */
class Work {
  text: string;
  map: SegmentMap;
  readonly removed: RemovedSpan[] = [];
  constructor(readonly original: string) {
    this.text = original;
    this.map = SegmentMap.identity(original.length);
  }

  apply(edits: Edit[]): void {
    if (edits.length === 0) return;
    const next = applyEdits(this.text, edits);
    // Composing with the identity map gives the new map back unchanged: skip the walk.
    this.map = this.map.isIdentity(this.original.length) ? next.map : next.map.compose(this.map);
    this.text = next.text;
  }

  /** Takes a new text derived from the current one by `map` (`null`: same offsets). */
  replace(text: string, map: SegmentMap | null): void {
    if (map !== null) this.map = this.map.isIdentity(this.original.length) ? map : map.compose(this.map);
    this.text = text;
  }

  /** Records a removal of current-text range `[start, end)` (reported in original offsets). */
  report(start: number, end: number, kind: RemovalKind, reason: string): void {
    this.reportOriginal(this.map.toSourceSpan({ start, end }), kind, reason);
  }

  reportOriginal(span: Span, kind: RemovalKind, reason: string): void {
    this.removed.push({
      span,
      kind,
      reason,
      text: this.original.slice(span.start, Math.min(span.end, span.start + REMOVED_TEXT_LIMIT)),
    });
  }
}

const CLEAN_TEXT_OPTIONS = {
  format: optional(oneOf(['auto', 'html', 'text'])),
  detectInjected: optional(oneOf([true, false, 'thorough'])),
  toSimplified: optional(isBoolean),
};

/**
 * Cleans a bulletin for extraction: strips HTML markup and page chrome (navigation, share buttons,
 * licence and copyright footers), removes injected text (a foreign string spliced repeatedly into
 * the body), and normalises forms (full-width → ASCII, odd spaces, spaces inside numbers and dates,
 * line breaks inside words, traditional → simplified script). Every offset of the cleaned text maps
 * back to the caller's ORIGINAL input. Never throws; linear in the input.
 *
 * Full-width ASCII forms become ASCII, so the cleaned text has `,` `:` `(` `)` `1` where the source
 * had `，` `：` `（` `）` `１`; CJK punctuation outside that block (`、` `。` `“` `《`) stays.
 *
 * @param input the document: plain text or a whole HTML page
 * @param options `format` (`'auto'` by default), `detectInjected`, `toSimplified` (both `true` by default)
 * @returns the cleaned text, what was removed and why, warnings, a title, and the offset map
 * @example
 * const cleaned = cleanText('<p>２０２１ 年 １ 月 １２ 日，莊河市無新增</p>');
 * cleaned.text; // → '2021年1月12日,庄河市无新增'
 * // Offsets in the cleaned text map back to the input: `2021` was `２０２１`
 * cleaned.toOriginalSpan({ start: 0, end: 4 }); // → { start: 3, end: 7 }
 */
export function cleanText(input: string, options: CleanTextOptions = {}): CleanedText {
  const original = expectText(input, 'input');
  expectOptions(options, 'options', CLEAN_TEXT_OPTIONS);
  const warnings: Warning[] = [];
  try {
    return run(original, options, warnings);
  } catch (error) {
    // A safety net: cleaning free text must never throw. Hand back the input unchanged.
    warnings.push({
      code: 'CLEANING_FAILED',
      message: `cleaning failed (${error instanceof Error ? error.message : String(error)}); the text is returned unchanged`,
    });
    return finish(new Work(original), 'text', null, warnings);
  }
}

function run(original: string, options: CleanTextOptions, warnings: Warning[]): CleanedText {
  const work = new Work(original);
  const requested = options.format ?? 'auto';
  const format: 'html' | 'text' =
    requested === 'html' || (requested === 'auto' && looksLikeHtml(original)) ? 'html' : 'text';

  let htmlTitle: { text: string; span: Span } | null = null;
  if (format === 'html') {
    const markup = extractHtml(original);
    work.text = markup.text;
    work.map = markup.map;
    for (const r of markup.removed) work.reportOriginal({ start: r.start, end: r.end }, r.kind, r.reason);
    if (markup.title)
      htmlTitle = { text: markup.title.text, span: { start: markup.title.start, end: markup.title.end } };
  } else if (requested === 'auto') {
    work.apply(entityEdits(work.text));
  }

  // One scan normalises the characters and tells whether the result may hold traditional script.
  const scanned = scanChars(work.text);
  if (scanned.normalized) work.replace(scanned.normalized.text, scanned.normalized.map);
  if (options.toSimplified !== false && scanned.mayHoldTraditional) work.apply(traditionalEdits(work.text));

  const annotations = annotationSpans(work.text);
  if (annotations.length > 0) {
    for (const [start, end] of annotations) {
      work.report(
        start,
        end,
        'annotation',
        'pinyin in brackets after a character (a reading aid left by a scraper)',
      );
    }
    work.apply(annotations.map(([start, end]) => ({ start, end, text: '' })));
  }

  const chrome = findChrome(work.text);
  if (chrome.length > 0) {
    const edits: Edit[] = [];
    for (const hit of chrome) {
      work.report(hit.start, hit.end, hit.kind, hit.reason);
      edits.push({ start: hit.start, end: wholeLineEnd(work.text, hit.start, hit.end), text: '' });
    }
    work.apply(edits);
  }

  let titleText = htmlTitle ? convertTitle(htmlTitle.text, options) : null;
  if (options.detectInjected !== false) {
    const hits = findInjected(work.text, titleText, { splits: options.detectInjected === 'thorough' });
    if (hits.length > 0) {
      const edits: Edit[] = [];
      for (const hit of hits) {
        work.report(hit.start, hit.end, 'injected', hit.reason);
        edits.push({ start: hit.start, end: wholeLineEnd(work.text, hit.start, hit.end), text: '' });
      }
      const texts = hits.map((h) => work.text.slice(h.start, h.end));
      warnings.push({
        code: 'INJECTED_TEXT_REMOVED',
        message: `removed ${hits.length} spans of injected text (${[...new Set(texts)].map((t) => `"${t}"`).join(', ')})`,
      });
      if (titleText !== null && texts.some((t) => t.length >= 2 && titleText?.includes(t))) {
        warnings.push({
          code: 'INJECTED_TITLE',
          message: `the page title "${titleText}" carries the injected text; no title is given`,
        });
        titleText = null;
        htmlTitle = null;
      }
      work.apply(edits);
    }
  }

  work.apply(spacingEdits(work.text));
  const title = htmlTitle && titleText ? { text: titleText, span: htmlTitle.span } : headingTitle(work);
  return finish(work, format, title, warnings);
}

/** When `[start, end)` is a whole line (give or take blanks), also take its line break. */
function wholeLineEnd(text: string, start: number, end: number): number {
  let s = start;
  while (s > 0 && (text.charCodeAt(s - 1) === 0x20 || text.charCodeAt(s - 1) === 0x09)) s--;
  if (s > 0 && text.charCodeAt(s - 1) !== 0x0a) return end;
  let e = end;
  while (e < text.length && (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x09)) e++;
  return e < text.length && text.charCodeAt(e) === 0x0a ? e + 1 : end;
}

function convertTitle(text: string, options: CleanTextOptions): string {
  let out = normalizeCharsOf(text).trim();
  if (options.toSimplified !== false && mayHoldTraditional(out))
    out = applyEdits(out, traditionalEdits(out)).text;
  return out;
}

/** The first line of the cleaned text, when it reads as a heading. */
function headingTitle(work: Work): { text: string; span: Span } | null {
  const line = firstLine(work.text);
  if (!line) return null;
  const text = work.text.slice(line[0], line[1]).trim();
  if (text.length === 0 || text.length > TITLE_MAX_LENGTH) return null;
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3002 || last === 0x3b || last === 0x2c) return null; // 。 ; ,
  const start = line[0] + work.text.slice(line[0], line[1]).indexOf(text);
  return { text, span: work.map.toSourceSpan({ start, end: start + text.length }) };
}

function finish(
  work: Work,
  format: 'html' | 'text',
  title: { text: string; span: Span } | null,
  warnings: Warning[],
): CleanedText {
  const map = work.map;
  work.removed.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return {
    text: work.text,
    originalLength: work.original.length,
    format,
    title: title?.text ?? null,
    titleSpan: title?.span ?? null,
    removed: work.removed,
    warnings,
    toOriginal: (offset: number) => map.toSourceStart(offset),
    toOriginalSpan: (span: Span) => map.toSourceSpan(span),
  };
}
