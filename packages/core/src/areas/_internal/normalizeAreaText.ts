/**
 * Removes the noise found inside area names (spaces, line breaks, full-width spaces, zero-width
 * characters), folds full-width ASCII to half-width and maps characters through an optional
 * traditional → simplified table, keeping for each kept character its offset in the input.
 */

/** Traditional forms of the characters that area endings use; enough to parse names without data. */
const MARKER_TRADITIONAL: Readonly<Record<string, string>> = {
  區: '区',
  縣: '县',
  鎮: '镇',
  鄉: '乡',
  號: '号',
  樓: '楼',
  單: '单',
  棟: '栋',
  隊: '队',
  組: '组',
  會: '会',
  員: '员',
  風: '风',
  險: '险',
  個: '个',
  處: '处',
  辦: '办',
  導: '导',
  門: '门',
  莊: '庄',
};

export interface NormalizedText {
  /** The cleaned text. */
  text: string;
  /** `offsets[i]` is the input offset of `text[i]`; `offsets[text.length]` is the input length. */
  offsets: number[];
}

function isNoise(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0c ||
    code === 0x0b ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0xfeff
  );
}

/**
 * @param input - the text as written
 * @param traditional - extra traditional → simplified pairs (the division table's), applied after
 *   the built-in ones for area endings
 * @returns the cleaned text and the offset map
 */
export function normalizeAreaText(input: string, traditional?: ReadonlyMap<string, string>): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isNoise(code)) continue;
    let ch = input[i]!;
    if (code >= 0xff01 && code <= 0xff5e) {
      ch = String.fromCharCode(code - 0xfee0);
    } else {
      ch = MARKER_TRADITIONAL[ch] ?? traditional?.get(ch) ?? ch;
    }
    text += ch;
    offsets.push(i);
  }
  offsets.push(input.length);
  return { text, offsets };
}
