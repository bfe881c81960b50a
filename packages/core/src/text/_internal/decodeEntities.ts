import type { Edit } from './segmentMap';

const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  middot: '\u00b7',
  bull: '\u2022',
  copy: '\u00a9',
  emsp: '\u2003',
  ensp: '\u2002',
  thinsp: '\u2009',
  times: '\u00d7',
  deg: '\u00b0',
};

/**
 * Edits decoding the HTML entities left in plain text (`&nbsp;`, `&amp;`, `&#12290;`, `&#x3002;`),
 * for scraped text that lost its tags but kept its entities. Unknown names stay as they are.
 */
export function entityEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // The next `;` is looked up again only when it falls behind: one pass over `&&&&…&;`, not one
  // scan to the `;` per `&`.
  let semi = -1;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (semi < i + 2) semi = text.indexOf(';', i + 2);
    if (semi < 0) break;
    if (semi - i > 10) continue;
    const body = text.slice(i + 1, semi);
    let value: string | undefined;
    if (body.charCodeAt(0) === 0x23) {
      const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
      const digits = body.slice(hex ? 2 : 1);
      if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        const cp = Number.parseInt(digits, hex ? 16 : 10);
        if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) value = String.fromCodePoint(cp);
      }
    } else {
      value = NAMED[body];
    }
    if (value !== undefined) {
      edits.push({ start: i, end: semi + 1, text: value });
      i = semi;
    }
  }
  return edits;
}
