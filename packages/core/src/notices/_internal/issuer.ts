import { indexWithin } from './chars';

/** An issuing body found in the cleaned text. */
export interface FoundIssuer {
  name: string;
  start: number;
  end: number;
}

const APPROVAL_WORDS = ['批准', '同意', '研究决定', '决定'];
const BODY_ENDINGS = ['指挥部', '领导小组', '人民政府', '委员会', '办公室', '政府', '卫健委', '防指'];
const MAX_NAME = 60;

/**
 * Finds who issued or approved a notice in `[from, to)`:
 * - `经<body>批准` / `经<body>同意` / `经<body>研究决定`;
 * - `<body>关于…的通告` (a notice's title), when the body ends like one (`指挥部`, `人民政府`…).
 * Returns the first found, approval first. Linear in `to - from` (bounded look-ahead per `经`).
 */
export function findIssuer(text: string, from: number, to: number): FoundIssuer | null {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 0x7ecf /* 经 */) continue;
    const limit = Math.min(to, i + 1 + MAX_NAME);
    for (let j = i + 1; j < limit; j++) {
      const code = text.charCodeAt(j);
      // ， , 。 \n
      if (code === 0xff0c || code === 0x2c || code === 0x3002 || code === 0x0a) break;
      const word = APPROVAL_WORDS.find((candidate) => text.startsWith(candidate, j));
      if (word) {
        const name = text.slice(i + 1, j).trim();
        if (name.length >= 2 && BODY_ENDINGS.some((ending) => name.endsWith(ending))) {
          return { name, start: i + 1, end: j };
        }
        break;
      }
    }
  }
  for (let i = indexWithin(text, '关于', from, to); i >= 0; i = indexWithin(text, '关于', i + 2, to)) {
    for (const ending of BODY_ENDINGS) {
      if (i - ending.length < from || !text.startsWith(ending, i - ending.length)) continue;
      let start = i - ending.length;
      while (start > from && i - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) start--;
      if (i - start > ending.length) return { name: text.slice(start, i), start, end: i };
    }
  }
  return null;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || code === 0x28 || code === 0x29 || code === 0xff08 || code === 0xff09
  );
}
