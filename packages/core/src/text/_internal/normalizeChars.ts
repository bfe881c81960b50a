import { SegmentBuilder, type SegmentMap } from './segmentMap';
import { getFirstUnits } from './traditional';

/** The result of `normalizeChars` when something changed. */
export interface NormalizedChars {
  text: string;
  /** Map from `text` back to the input; `null` when every change kept the length (offsets agree). */
  map: SegmentMap | null;
}

/** Printable ASCII as one-character strings (no allocation per replaced character). */
const ASCII = Array.from({ length: 0x7f }, (_, c) => String.fromCharCode(c));

/** The replacement of code unit `c`, or `undefined` when it stays (`\r\n` is the caller's). */
function replacementOf(c: number): string | undefined {
  if (c >= 0xff01 && c <= 0xff5e) return ASCII[c - 0xfee0];
  if (c === 0x0d || c === 0x0b || c === 0x0c) return '\n';
  if (
    c === 0x3000 ||
    c === 0x00a0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680
  )
    return ' ';
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad) return '';
  return undefined;
}

/** A code unit that `replacementOf` changes (the scan is one table look-up per unit). */
const CHANGES = 1;
/** A code unit that the traditional → simplified converter may change, after normalisation. */
const TRADITIONAL = 2;

let unitFlags: Uint8Array | null = null;

/**
 * The flags of every code unit, built on first use (the traditional table is decoded then):
 * CHANGES when `replacementOf` changes it, TRADITIONAL when it, or what it becomes, is a unit the
 * converter may change (so the flag read on the input is the one `mayHoldTraditional` would read
 * on the normalised text).
 */
function flagsOfUnits(): Uint8Array {
  if (unitFlags !== null) return unitFlags;
  const traditional = getFirstUnits();
  const flags = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const r = replacementOf(c);
    if (r === undefined) {
      if (traditional[c] === 1) flags[c] = TRADITIONAL;
    } else {
      let flag = CHANGES;
      for (let k = 0; k < r.length; k++) if (traditional[r.charCodeAt(k)] === 1) flag |= TRADITIONAL;
      flags[c] = flag;
    }
  }
  unitFlags = flags;
  return flags;
}

/** What one scan of a text found: its normalised form, and whether that may hold traditional script. */
export interface ScannedChars {
  /** The normalised text and its map, or `null` when nothing changed. */
  normalized: NormalizedChars | null;
  /** `mayHoldTraditional` of the normalised text. */
  mayHoldTraditional: boolean;
}

/**
 * Normalises character forms in one pass, building the new text from slices (joined once) and a
 * map only when the length changes, and notes on the way whether the result may hold traditional
 * characters (one scan where `normalizeChars` and `mayHoldTraditional` made two):
 * - `\r\n` and `\r` → `\n`;
 * - full-width ASCII forms (U+FF01–U+FF5E: `１２：００`, `（`, `，`) → ASCII (`12:00`, `(`, `,`);
 * - the ideographic space, no-break spaces and the other typographic spaces → a plain space;
 * - zero-width characters and the byte-order mark (U+200B–U+200D, U+2060, U+FEFF, U+00AD) → removed.
 */
export function scanChars(text: string): ScannedChars {
  const flags = flagsOfUnits();
  const n = text.length;
  let traditional = 0;
  let parts: string[] | null = null;
  let builder: SegmentBuilder | null = null;
  let pos = 0; // input offset up to which parts cover the input
  let mapped = 0; // input offset up to which the builder covers the input
  for (let i = 0; i < n; i++) {
    const f = flags[text.charCodeAt(i)] as number;
    if (f === 0) continue;
    traditional |= f;
    if ((f & CHANGES) === 0) continue;
    parts ??= [];
    const c = text.charCodeAt(i);
    const r = replacementOf(c) as string;
    let end = i + 1;
    if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) end = i + 2;
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
  const mayHoldTraditional = (traditional & TRADITIONAL) !== 0;
  if (parts === null) return { normalized: null, mayHoldTraditional };
  if (pos < n) parts.push(text.slice(pos));
  if (builder !== null) builder.add(n - mapped, mapped, n, true);
  return {
    normalized: { text: parts.join(''), map: builder === null ? null : builder.finish() },
    mayHoldTraditional,
  };
}

/**
 * The normalisation of {@link scanChars} alone.
 *
 * @returns `null` when the text needs no change (no allocation beyond the scan)
 */
export function normalizeChars(text: string): NormalizedChars | null {
  return scanChars(text).normalized;
}

/** The same normalisation on a short string, without offsets (titles). */
export function normalizeCharsOf(text: string): string {
  return normalizeChars(text)?.text ?? text;
}
