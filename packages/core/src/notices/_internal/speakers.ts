import { isCommonHan } from '../../_internal/chars';
import { indexWithin } from './chars';

/** A speaker found in the cleaned text. */
export interface FoundSpeaker {
  name: string;
  roles: { organisation: string | null; title: string }[];
  start: number;
  end: number;
}

/** Job titles that end a role, longest first so that `副主任` wins over `主任`. */
const TITLES = [
  '副主任医师',
  '主任医师',
  '新闻发言人',
  '专职副主任',
  '常务副市长',
  '副总指挥',
  '副秘书长',
  '首席专家',
  '副主任',
  '副局长',
  '副组长',
  '副部长',
  '副市长',
  '副区长',
  '副县长',
  '副书记',
  '副厅长',
  '副院长',
  '副所长',
  '副主席',
  '副处长',
  '副镇长',
  '副校长',
  '秘书长',
  '总指挥',
  '发言人',
  '主任',
  '局长',
  '组长',
  '部长',
  '市长',
  '区长',
  '县长',
  '镇长',
  '书记',
  '厅长',
  '院长',
  '所长',
  '主席',
  '处长',
  '校长',
  '成员',
  '常委',
  '专家',
];
const TITLE_WORDS = new RegExp(TITLES.join('|'), 'g');
/** Words that follow a speaker's name: what they did at the conference. */
const VERBS = [
  '介绍',
  '通报',
  '出席',
  '发布',
  '表示',
  '回答',
  '详解',
  '解读',
  '说明',
  '作了',
  '作介绍',
  '就',
  '说',
];
/** Characters that do not occur in personal names but do in the prose around titles. */
const NOT_IN_NAMES = new Set('组和的等与及在是了对为从向把被并或们个各将席');
const ROLE_BOUNDARIES = new Set([
  '，',
  ',',
  '；',
  ';',
  '：',
  ':',
  '。',
  '“',
  '”',
  '"',
  '\n',
  '（',
  '(',
  '）',
  ')',
  '！',
  '!',
]);
const LIST_OPENERS = ['邀请', '嘉宾：', '嘉宾:'];
const MAX_ROLES = 60;

/**
 * Speakers in `[from, to)`: `<roles><name>` followed by what they did (`介绍`, `通报`, `就`…),
 * or listed after `邀请` / `嘉宾：` (`邀请A主任甲，B局长乙，介绍…`). Roles are split on `、`
 * (`秘书长、新闻发言人`), each into an organisation and a title. Names are 2 to 4 characters.
 */
export function findSpeakers(text: string, from: number, to: number): FoundSpeaker[] {
  const listStarts: number[] = [];
  for (const opener of LIST_OPENERS) {
    for (let at = indexWithin(text, opener, from, to); at >= 0; at = indexWithin(text, opener, at + 1, to)) {
      listStarts.push(at + opener.length);
    }
  }
  listStarts.sort((a, b) => a - b);
  const found: FoundSpeaker[] = [];
  let floor = from;
  // Matched on the window only, so that a window without titles costs its own length, not the text's.
  const window = text.slice(from, to);
  TITLE_WORDS.lastIndex = 0;
  for (let match = TITLE_WORDS.exec(window); match; match = TITLE_WORDS.exec(window)) {
    const titleStart = from + match.index;
    const titleEnd = titleStart + match[0].length;
    const name = readName(text, titleEnd, to);
    if (!name) continue;
    const accepted = name.verb || inList(text, listStarts, titleStart) || followedByVerb(text, name.end);
    if (!accepted) continue;
    const start = rolesStart(text, Math.max(floor, titleStart - MAX_ROLES), titleStart);
    const roles = text
      .slice(start, titleEnd)
      .split('、')
      .map((role) => splitRole(role.trim()))
      .filter((role): role is NonNullable<typeof role> => role !== null);
    if (roles.length === 0) continue;
    found.push({ name: text.slice(titleEnd, name.end), roles, start, end: name.end });
    floor = name.end;
    TITLE_WORDS.lastIndex = name.end - from;
  }
  return found;
}

/** Whether `pos` is in a list of speakers: after a list opener, in the same sentence. */
function inList(text: string, listStarts: readonly number[], pos: number): boolean {
  let latest = -1;
  for (const start of listStarts) if (start <= pos) latest = start;
  return latest >= 0 && !text.slice(latest, pos).includes('。');
}

/** A name of 2–4 Han characters after a title, ended by punctuation or a verb. */
function readName(text: string, at: number, to: number): { end: number; verb: boolean } | null {
  if (!isCommonHan(text.charCodeAt(at)) || NOT_IN_NAMES.has(text[at] as string)) return null;
  for (let length = 2; length <= 4; length++) {
    const end = at + length;
    if (end > to) return null;
    if (!isCommonHan(text.charCodeAt(end - 1)) || NOT_IN_NAMES.has(text[end - 1] as string)) return null;
    const next = text[end];
    if (next === undefined || end === to || ROLE_BOUNDARIES.has(next) || next === '、' || next === ' ') {
      return next === '、' ? null : { end, verb: false };
    }
    if (VERBS.some((verb) => text.startsWith(verb, end))) return { end, verb: true };
  }
  return null;
}

/** `袁洁,介绍了…`: a comma, then what the speaker did. */
function followedByVerb(text: string, at: number): boolean {
  const next = text[at];
  if (next !== ',' && next !== '，') return false;
  return VERBS.some((verb) => verb.length > 1 && text.startsWith(verb, at + 1));
}

/** Where the roles before a title start: after the last boundary or `邀请`. */
function rolesStart(text: string, floor: number, titleStart: number): number {
  for (let i = titleStart - 1; i >= floor; i--) {
    if (ROLE_BOUNDARIES.has(text[i] as string)) return i + 1;
    if (text.startsWith('邀请', i - 1) && i - 1 >= floor) return i + 1;
  }
  return floor;
}

function splitRole(role: string): { organisation: string | null; title: string } | null {
  for (const title of TITLES) {
    if (role.endsWith(title)) {
      const organisation = role.slice(0, -title.length);
      return { organisation: organisation === '' ? null : organisation, title };
    }
  }
  return null;
}
