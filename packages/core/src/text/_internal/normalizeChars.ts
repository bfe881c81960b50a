import type { Edit } from './segmentMap';

/**
 * Edits that normalise character forms, one code unit at a time:
 * - `\r\n` and `\r` → `\n`;
 * - full-width ASCII forms (U+FF01–U+FF5E: `１２：００`, `（`, `，`) → ASCII (`12:00`, `(`, `,`);
 * - the ideographic space, no-break spaces and the other typographic spaces → a plain space;
 * - zero-width characters and the byte-order mark (U+200B–U+200D, U+2060, U+FEFF, U+00AD) → removed.
 */
export function normalizeCharEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Fast path: most characters of a bulletin are Han or plain ASCII.
    if ((c >= 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x0a) continue;
    if (c >= 0xff01 && c <= 0xff5e) {
      edits.push({ start: i, end: i + 1, text: String.fromCharCode(c - 0xfee0) });
    } else if (c === 0x0d) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 0x0a) {
        edits.push({ start: i, end: i + 2, text: '\n' });
        i++;
      } else {
        edits.push({ start: i, end: i + 1, text: '\n' });
      }
    } else if (
      c === 0x3000 ||
      c === 0x00a0 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x1680 ||
      c === 0x0b ||
      c === 0x0c
    ) {
      edits.push({ start: i, end: i + 1, text: c === 0x0b || c === 0x0c ? '\n' : ' ' });
    } else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad) {
      edits.push({ start: i, end: i + 1, text: '' });
    }
  }
  return edits;
}

/** The same normalisation on a short string, without offsets (titles). */
export function normalizeCharsOf(text: string): string {
  const edits = normalizeCharEdits(text);
  if (edits.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
