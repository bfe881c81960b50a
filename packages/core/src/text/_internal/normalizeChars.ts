import { SegmentBuilder, type SegmentMap } from './segmentMap';

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

/** 1 for each code unit that `replacementOf` changes: the scan is one table look-up per unit. */
const CHANGES = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (replacementOf(c) !== undefined) CHANGES[c] = 1;

/**
 * Normalises character forms in one pass, building the new text from slices (joined once) and a
 * map only when the length changes:
 * - `\r\n` and `\r` → `\n`;
 * - full-width ASCII forms (U+FF01–U+FF5E: `１２：００`, `（`, `，`) → ASCII (`12:00`, `(`, `,`);
 * - the ideographic space, no-break spaces and the other typographic spaces → a plain space;
 * - zero-width characters and the byte-order mark (U+200B–U+200D, U+2060, U+FEFF, U+00AD) → removed.
 *
 * @returns `null` when the text needs no change (no allocation beyond the scan)
 */
export function normalizeChars(text: string): NormalizedChars | null {
  const n = text.length;
  let i = 0;
  while (i < n && CHANGES[text.charCodeAt(i)] === 0) i++;
  if (i === n) return null;
  const parts: string[] = [];
  let builder: SegmentBuilder | null = null;
  let pos = 0; // input offset up to which parts cover the input
  let mapped = 0; // input offset up to which the builder covers the input
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (CHANGES[c] === 0) continue;
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
  if (pos < n) parts.push(text.slice(pos));
  if (builder !== null) builder.add(n - mapped, mapped, n, true);
  return { text: parts.join(''), map: builder === null ? null : builder.finish() };
}

/** The same normalisation on a short string, without offsets (titles). */
export function normalizeCharsOf(text: string): string {
  return normalizeChars(text)?.text ?? text;
}
