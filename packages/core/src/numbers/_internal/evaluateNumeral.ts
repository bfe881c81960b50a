import {
  ARABIC,
  BIG_UNIT,
  CJK_DIGIT,
  CJK_DOT,
  charClass,
  charValue,
  DOT,
  POW10,
  SMALL_UNIT,
  SPACE,
  TENS,
} from './numeralChars';

const COMMA = 0x2c;

/**
 * The value of the numeral written in `text[start, end)`, or `NaN` when that range is not exactly
 * one numeral. Whitespace inside is skipped. Works in exact integer arithmetic: the one fractional
 * part a numeral may have (`63.5万`, `三点五`) is kept as an integer mantissa with its count of
 * fraction digits until a unit scales it (`1.66亿` = 166 × 10^6, exactly 166000000); only a value
 * that stays fractional is divided, once.
 *
 * Grammar, in short: positional Chinese digits (`二〇二一`), or groups `digit unit` with small units
 * 十 百 千 descending inside a 万-group and big units 万, 亿 (`三亿五千万`, `一万亿`), 零/〇 as a
 * filler (`一百零五`), a leading 十 without digit (`十一`, `十万`), 廿/卅/卌, Arabic numbers in the
 * place of digits (`2300万`, `3万5千`, `63.5万`), and the spoken ellipsis of the last unit
 * (`一万五` = 15000, `三百五` = 350).
 */
export function evaluateNumeral(text: string, start: number, end: number): number {
  // Pass 1: decide positional (only Chinese digits, 二〇二一) or unit grammar (everything else).
  let onlyCjkDigits = true;
  let significant = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SPACE) continue;
    significant++;
    if (cls === 0 && code !== COMMA) return Number.NaN;
    if (cls !== CJK_DIGIT && cls !== CJK_DOT) onlyCjkDigits = false;
  }
  if (significant === 0) return Number.NaN;
  return onlyCjkDigits ? positional(text, start, end) : unitGrammar(text, start, end);
}

/** `m × 10^exponent / 10^fraction`, exact whenever the result is an integer below 2^53. */
function scale(mantissa: number, fraction: number, exponent: number): number {
  return exponent >= fraction
    ? mantissa * POW10[exponent - fraction]!
    : mantissa / POW10[fraction - exponent]!;
}

/** `二〇二一` = 2021, `三点一四` = 3.14, `五` = 5. */
function positional(text: string, start: number, end: number): number {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CJK_DIGIT) {
      mantissa = mantissa * 10 + charValue(code);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (cls === CJK_DOT) {
      if (fraction >= 0 || digits === 0) return Number.NaN;
      fraction = 0;
    }
  }
  if (fraction === 0) return Number.NaN;
  return fraction > 0 ? scale(mantissa, fraction, 0) : mantissa;
}

function unitGrammar(text: string, start: number, end: number): number {
  let total = 0; // the completed 亿 group
  let wan = 0; // the completed 万 group inside the current 亿 group
  let hasWan = false;
  let section = 0; // below 万
  let pending = -1; // mantissa of a digit or Arabic number waiting for its unit; -1 = none
  let pendingFraction = 0; // fraction digits of `pending` (63.5 → 635, 1)
  let pendingIsSingleDigit = false;
  let lastSmall = 99; // small units must descend inside a section
  let lastUnit = 0; // exponent of the unit written last, for the spoken ellipsis (一万五)
  let zeroSince = false; // a 零 since the last unit: 一百零五 is 105, not 150
  let anyValue = false;
  let fractionTaken = false;

  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === ARABIC) {
      if (pending >= 0) return Number.NaN;
      // An Arabic number: digits, optional thousands commas (groups of three), optional fraction.
      let mantissa = 0;
      let digits = 0;
      let group = 0;
      let groups = 0;
      let fraction = -1;
      while (i < end) {
        const c = text.charCodeAt(i);
        const k = charClass(c);
        if (k === ARABIC) {
          mantissa = mantissa * 10 + charValue(c);
          if (fraction >= 0) fraction++;
          else {
            digits++;
            group++;
          }
        } else if (c === COMMA && fraction < 0) {
          if (groups === 0 ? group < 1 || group > 3 : group !== 3) return Number.NaN;
          groups++;
          group = 0;
        } else if (k === DOT && fraction < 0) {
          fraction = 0;
        } else if (k !== SPACE) break;
        i++;
      }
      if (groups > 0 && group !== 3) return Number.NaN;
      if (fraction >= 0) {
        // A fraction only leads a numeral: 63.5万, not 3万5.5.
        if (fraction === 0 || fraction > 15 || fractionTaken || total !== 0 || hasWan || section !== 0) {
          return Number.NaN;
        }
        fractionTaken = true;
        pendingFraction = fraction;
        pendingIsSingleDigit = false;
      } else {
        pendingFraction = 0;
        pendingIsSingleDigit = digits === 1;
      }
      pending = mantissa;
      anyValue = true;
      continue;
    }
    i++;
    switch (cls) {
      case CJK_DIGIT: {
        const digit = charValue(code);
        // 零 is a filler between units; no digit may follow a digit waiting for its unit.
        if (pending >= 0) return Number.NaN;
        if (digit === 0) {
          zeroSince = true;
          break;
        }
        pending = digit;
        pendingFraction = 0;
        pendingIsSingleDigit = true;
        anyValue = true;
        break;
      }
      case TENS: {
        // 廿三 = 二十三: a digit and 十 at once.
        if (pending >= 0 || lastSmall <= 1) return Number.NaN;
        section += charValue(code) * 10;
        lastSmall = 1;
        lastUnit = 1;
        zeroSince = false;
        anyValue = true;
        break;
      }
      case SMALL_UNIT: {
        const exponent = charValue(code);
        if (exponent >= lastSmall) return Number.NaN;
        if (pending < 0) {
          // Only 十 stands without a digit (十一, 二万十); 百 and 千 need one.
          if (exponent !== 1) return Number.NaN;
          section += 10;
        } else {
          if (!pendingIsSingleDigit && pendingFraction === 0) return Number.NaN; // 23百
          section += scale(pending, pendingFraction, exponent);
        }
        pending = -1;
        lastSmall = exponent;
        lastUnit = exponent;
        zeroSince = false;
        anyValue = true;
        break;
      }
      case BIG_UNIT: {
        const exponent = charValue(code);
        const tail = pending >= 0 ? scale(pending, pendingFraction, exponent) : 0;
        if (exponent === 4) {
          if (section === 0 && pending < 0) return Number.NaN; // 万 alone, 零万 (but 0万 is zero)
          if (hasWan) return Number.NaN; // 三万五千万
          wan = section * POW10[4]! + tail;
          hasWan = true;
        } else {
          if (wan === 0 && section === 0 && pending < 0) return Number.NaN; // 亿 alone
          if (total !== 0) return Number.NaN; // 二亿三亿
          total = (wan + section) * POW10[8]! + tail;
          wan = 0;
          hasWan = false;
        }
        section = 0;
        pending = -1;
        lastSmall = 99;
        lastUnit = exponent;
        zeroSince = false;
        break;
      }
      case CJK_DOT: {
        // 三点五, 十二点五万: the integer so far, then positional fraction digits.
        if (total !== 0 || hasWan || fractionTaken) return Number.NaN;
        if (pending >= 0 && !pendingIsSingleDigit) return Number.NaN;
        if (!anyValue && !zeroSince) return Number.NaN;
        let mantissa = section;
        if (pending >= 0) mantissa += pending;
        let fraction = 0;
        while (i < end) {
          const c = text.charCodeAt(i);
          const k = charClass(c);
          if (k === CJK_DIGIT) {
            mantissa = mantissa * 10 + charValue(c);
            fraction++;
          } else if (k !== SPACE) break;
          i++;
        }
        if (fraction === 0 || fraction > 15) return Number.NaN;
        fractionTaken = true;
        section = 0;
        pending = mantissa;
        pendingFraction = fraction;
        pendingIsSingleDigit = false;
        lastSmall = 99;
        lastUnit = 0;
        zeroSince = false;
        anyValue = true;
        break;
      }
      default:
        // A comma outside an Arabic number, or a decimal point without digits before it.
        return Number.NaN;
    }
  }
  if (!anyValue) return Number.NaN;
  let tail = 0;
  if (pending >= 0) {
    if (pendingIsSingleDigit && !zeroSince && lastUnit >= 2) {
      tail = pending * POW10[lastUnit - 1]!; // 一万五 = 15000, 三百五 = 350
    } else if (pendingFraction > 0) {
      if (lastUnit !== 0) return Number.NaN; // 3万5.5
      tail = scale(pending, pendingFraction, 0);
    } else {
      tail = pending;
    }
  }
  const value = total + wan + section + tail;
  return Number.isFinite(value) ? value : Number.NaN;
}
