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

/** What {@link unitGrammar} has read so far: the completed groups and the number waiting for its unit. */
class UnitReading {
  total = 0; // the completed 亿 group
  wan = 0; // the completed 万 group inside the current 亿 group
  hasWan = false;
  section = 0; // below 万
  pending = -1; // mantissa of a digit or Arabic number waiting for its unit; -1 = none
  pendingFraction = 0; // fraction digits of `pending` (63.5 → 635, 1)
  pendingIsSingleDigit = false;
  lastSmall = 99; // small units must descend inside a section
  lastUnit = 0; // exponent of the unit written last, for the spoken ellipsis (一万五)
  zeroSince = false; // a 零 since the last unit: 一百零五 is 105, not 150
  anyValue = false;
  fractionTaken = false;
}

/**
 * Reads an Arabic number at `i` (digits, optional thousands commas in groups of three, optional
 * fraction) into `r.pending`; the index after it, or -1 when the numeral is not one.
 */
function readArabic(r: UnitReading, text: string, i: number, end: number): number {
  if (r.pending >= 0) return -1;
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
      if (groups === 0 ? group < 1 || group > 3 : group !== 3) return -1;
      groups++;
      group = 0;
    } else if (k === DOT && fraction < 0) {
      fraction = 0;
    } else if (k !== SPACE) break;
    i++;
  }
  if (groups > 0 && group !== 3) return -1;
  if (fraction >= 0) {
    // A fraction only leads a numeral: 63.5万, not 3万5.5.
    if (fraction === 0 || fraction > 15 || r.fractionTaken || r.total !== 0 || r.hasWan || r.section !== 0) {
      return -1;
    }
    r.fractionTaken = true;
    r.pendingFraction = fraction;
    r.pendingIsSingleDigit = false;
  } else {
    r.pendingFraction = 0;
    r.pendingIsSingleDigit = digits === 1;
  }
  r.pending = mantissa;
  r.anyValue = true;
  return i;
}

/** A Chinese digit: 零 is a filler between units; no digit may follow a digit waiting for its unit. */
function takeDigit(r: UnitReading, digit: number): boolean {
  if (r.pending >= 0) return false;
  if (digit === 0) {
    r.zeroSince = true;
    return true;
  }
  r.pending = digit;
  r.pendingFraction = 0;
  r.pendingIsSingleDigit = true;
  r.anyValue = true;
  return true;
}

/** 廿 or 卅: a digit and 十 at once (廿三 = 二十三). */
function takeTens(r: UnitReading, tens: number): boolean {
  if (r.pending >= 0 || r.lastSmall <= 1) return false;
  r.section += tens * 10;
  r.lastSmall = 1;
  r.lastUnit = 1;
  r.zeroSince = false;
  r.anyValue = true;
  return true;
}

/** 十, 百 or 千, descending inside a section; only 十 stands without a digit (十一, 二万十). */
function takeSmallUnit(r: UnitReading, exponent: number): boolean {
  if (exponent >= r.lastSmall) return false;
  if (r.pending < 0) {
    if (exponent !== 1) return false;
    r.section += 10;
  } else {
    if (!r.pendingIsSingleDigit && r.pendingFraction === 0) return false; // 23百
    r.section += scale(r.pending, r.pendingFraction, exponent);
  }
  r.pending = -1;
  r.lastSmall = exponent;
  r.lastUnit = exponent;
  r.zeroSince = false;
  r.anyValue = true;
  return true;
}

/** 万 or 亿: closes the section (and, for 亿, the 万 group) at most once each. */
function takeBigUnit(r: UnitReading, exponent: number): boolean {
  const tail = r.pending >= 0 ? scale(r.pending, r.pendingFraction, exponent) : 0;
  if (exponent === 4) {
    if (r.section === 0 && r.pending < 0) return false; // 万 alone, 零万 (but 0万 is zero)
    if (r.hasWan) return false; // 三万五千万
    r.wan = r.section * POW10[4]! + tail;
    r.hasWan = true;
  } else {
    if (r.wan === 0 && r.section === 0 && r.pending < 0) return false; // 亿 alone
    if (r.total !== 0) return false; // 二亿三亿
    r.total = (r.wan + r.section) * POW10[8]! + tail;
    r.wan = 0;
    r.hasWan = false;
  }
  r.section = 0;
  r.pending = -1;
  r.lastSmall = 99;
  r.lastUnit = exponent;
  r.zeroSince = false;
  return true;
}

/**
 * 点 after the integer so far (三点五, 十二点五万): reads the positional fraction digits at `i`;
 * the index after them, or -1 when the numeral is not one.
 */
function readChineseFraction(r: UnitReading, text: string, i: number, end: number): number {
  if (r.total !== 0 || r.hasWan || r.fractionTaken) return -1;
  if (r.pending >= 0 && !r.pendingIsSingleDigit) return -1;
  if (!r.anyValue && !r.zeroSince) return -1;
  let mantissa = r.section;
  if (r.pending >= 0) mantissa += r.pending;
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
  if (fraction === 0 || fraction > 15) return -1;
  r.fractionTaken = true;
  r.section = 0;
  r.pending = mantissa;
  r.pendingFraction = fraction;
  r.pendingIsSingleDigit = false;
  r.lastSmall = 99;
  r.lastUnit = 0;
  r.zeroSince = false;
  r.anyValue = true;
  return i;
}

/** The value read, with the spoken ellipsis of the last unit (一万五 = 15000, 三百五 = 350). */
function unitValue(r: UnitReading): number {
  if (!r.anyValue) return Number.NaN;
  let tail = 0;
  if (r.pending >= 0) {
    if (r.pendingIsSingleDigit && !r.zeroSince && r.lastUnit >= 2) {
      tail = r.pending * POW10[r.lastUnit - 1]!;
    } else if (r.pendingFraction > 0) {
      if (r.lastUnit !== 0) return Number.NaN; // 3万5.5
      tail = scale(r.pending, r.pendingFraction, 0);
    } else {
      tail = r.pending;
    }
  }
  const value = r.total + r.wan + r.section + tail;
  return Number.isFinite(value) ? value : Number.NaN;
}

function unitGrammar(text: string, start: number, end: number): number {
  const r = new UnitReading();
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === ARABIC) {
      i = readArabic(r, text, i, end);
      if (i < 0) return Number.NaN;
      continue;
    }
    i++;
    let ok: boolean;
    switch (cls) {
      case CJK_DIGIT:
        ok = takeDigit(r, charValue(code));
        break;
      case TENS:
        ok = takeTens(r, charValue(code));
        break;
      case SMALL_UNIT:
        ok = takeSmallUnit(r, charValue(code));
        break;
      case BIG_UNIT:
        ok = takeBigUnit(r, charValue(code));
        break;
      case CJK_DOT:
        i = readChineseFraction(r, text, i, end);
        ok = i >= 0;
        break;
      default:
        // A comma outside an Arabic number, or a decimal point without digits before it.
        return Number.NaN;
    }
    if (!ok) return Number.NaN;
  }
  return unitValue(r);
}
