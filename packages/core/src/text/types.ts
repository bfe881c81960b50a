import type { Span, Warning } from '../types';

/** Why a stretch of the original input is missing from the cleaned text. */
export type RemovalKind =
  /** `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<iframe>` and similar elements. */
  | 'script'
  /** Page furniture: navigation, share buttons, logos, log-in links, comment boxes. */
  | 'chrome'
  /** Licence, copyright and site-registration footers (`ICP备`, `版权所有`, `©`, `责任编辑`). */
  | 'footer'
  /** Text spliced into the document that does not belong to it (spam, an unrelated headline). */
  | 'injected'
  /** Reading aids a scraper left in the text: pinyin in brackets after a character (`时(shí)`). */
  | 'annotation';

/** A stretch of the original input that the cleaned text leaves out, and why. */
export interface RemovedSpan {
  /** Where it was, in the caller's ORIGINAL input (half-open UTF-16 offsets). */
  span: Span;
  kind: RemovalKind;
  /** Why it was removed, in English, naming the rule that fired. */
  reason: string;
  /** The removed text as it appears in the original input (cut to 200 code units). */
  text: string;
}

/** How `cleanText` should read its input. */
export type TextFormat = 'auto' | 'html' | 'text';

/** Options of `cleanText`. */
export interface CleanTextOptions {
  /**
   * `'html'` strips markup, `'text'` takes the input as plain text, `'auto'` (the default) decides
   * from the input (a known tag or a doctype makes it HTML).
   */
  format?: TextFormat;
  /**
   * Look for injected text (repeated foreign strings spliced into the body). `true` (the default)
   * finds strings that the title line or the HTML `<title>` corroborates; `'thorough'` also finds,
   * without a title, strings that split words where they are spliced in, at about two thirds of the
   * cleaning speed on bulletins with formulaic case narratives; `false` looks for none.
   */
  detectInjected?: boolean | 'thorough';
  /**
   * Convert traditional Chinese script to simplified. Default `true`.
   */
  toSimplified?: boolean;
}

/** The serialisable part of a cleaning result. */
export interface CleanedTextData {
  /** The cleaned text: markup, chrome and injected text removed, forms normalised. */
  text: string;
  /** Length of the original input, in UTF-16 code units. */
  originalLength: number;
  /** How the input was read. */
  format: 'html' | 'text';
  /**
   * The document's title: the HTML `<title>` (or first `<h1>`) when there is one, otherwise the
   * first line of the cleaned text when it reads as a heading (short, no closing full stop). `null`
   * when there is none.
   */
  title: string | null;
  /** Where the title came from in the original input, `null` with the title. */
  titleSpan: Span | null;
  /** Everything removed that was content-like (not plain markup), in original order. */
  removed: RemovedSpan[];
  /** Odd things noticed while cleaning. */
  warnings: Warning[];
}

/** Maps offsets of the cleaned text back to the caller's original input. */
export interface OriginalOffsetMap {
  /**
   * The original offset of cleaned offset `offset` (clamped to `[0, text.length]`). Inside text
   * that was replaced as a whole (an entity, a `\r\n`), every offset maps to the replacement's start;
   * `text.length` maps to the end of the last kept original character.
   */
  toOriginal(offset: number): number;
  /**
   * The original span of cleaned span `span` (half-open). A span that covers removed or replaced
   * material maps to the enclosing original range; the result is always ordered and inside the input.
   */
  toOriginalSpan(span: Span): Span;
}

/** The result of `cleanText`: plain data plus the offset map. */
export interface CleanedText extends CleanedTextData, OriginalOffsetMap {}
