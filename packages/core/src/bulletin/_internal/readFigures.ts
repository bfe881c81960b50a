import type { Span } from '../../types';
import type { Instant } from '../../time/instant';
import type { DailyBulletin } from '../schemas';
import { closingBracket, parseBreakdownList } from './breakdownList';
import { addBreakdown, BREAKDOWN_MEASURE, type FigurePath, setFigure } from './bulletinBuilder';
import { readNumberAfter } from '../../numbers/readNumberAfter';
import type { AsOfMarker } from './periods';

/** What the last figure was about, so that `和无症状感染者N例` / `本土N例` land in the right field. */
type Mode =
  | 'new'
  | 'newLocal'
  | 'newImported'
  | 'newAsym'
  | 'newAsymImported'
  | 'cumulative'
  | 'other'
  | null;

// One combined trigger scan (literal alternatives only); each trigger is then read locally with sticky
// regexes whose quantifiers are bounded, so the whole read is linear in the text.
const TRIGGER_RE =
  /无新增|新增|累计|报告|在院治疗|尚在医学观察|治愈出院|解除医学观察|死亡|连续|含|其中|当日转为确诊病例|境外输入现有|境外输入|本[土地]|[和、](?=无症状感染者|本[土地]无症状)|有(?=[0-9０-９])|重症病例|病例中|疑似|截至|[。\n]/g;

// A number slot: Arabic, full-width or Chinese numerals, possibly empty (seed 000's stripped digits);
// the value is read by the numbers module's slot reader.
const N = '([0-9０-９零〇一二两三四五六七八九十百千万]{0,12})';
const NEW_COVID = '(?:新冠肺炎|新型冠状病毒(?:感染的)?肺炎)?';
const re = (source: string): RegExp => new RegExp(source, 'dy');

const R = {
  zeroLocalBoth: re(
    `无新增本[土地]${NEW_COVID}确诊病例(?:和|、|及|与)?(?:本[土地])?${NEW_COVID}无症状感染者`,
  ),
  zeroLocalConfirmed: re(`无新增本[土地]${NEW_COVID}确诊病例`),
  zeroLocalAsym: re(`无新增本[土地]${NEW_COVID}无症状感染者`),
  zeroImportedBoth: re(`无新增境外输入性?${NEW_COVID}确诊病例(?:和|、|及|与)无症状感染者`),
  zeroImportedConfirmed: re(`无新增境外输入性?${NEW_COVID}(?:确诊)?病例`),
  zeroImportedAsym: re(`无新增境外输入性?${NEW_COVID}无症状感染者`),
  zeroDeaths: re('无新增(?:本[土地])?死亡病例'),
  zeroConfirmed: re(`无新增${NEW_COVID}确诊病例`),
  newLocalConfirmed: re(`新增本[土地]${NEW_COVID}确诊病例${N}例?`),
  newNLocalConfirmed: re(`新增${N}例本[土地]${NEW_COVID}确诊病例`),
  newLocalAsym: re(`新增本[土地]${NEW_COVID}无症状感染者${N}例`),
  newNLocalAsym: re(`新增${N}例本[土地]${NEW_COVID}无症状感染者`),
  newImportedConfirmed: re(`新增境外输入性?${NEW_COVID}确诊病例${N}例`),
  newImportedAsym: re(`新增境外输入性?${NEW_COVID}无症状感染者${N}例`),
  newNImported: re(`新增${N}例境外输入性?${NEW_COVID}(?:确诊)?病例`),
  newDeaths: re(`新增(?:本[土地])?死亡(?:病例)?${N}例`),
  newDischarged: re(`新增(?:治愈)?出院(?:病例)?${N}例`),
  newConfirmed: re(`新增${NEW_COVID}确诊病例${N}例`),
  newAsym: re(`新增${NEW_COVID}无症状感染者${N}例`),
  reportedImported: re(`报告${N}例新增境外输入性?${NEW_COVID}确诊病例`),
  cumulativeConfirmed: re(`累计(?:报告)?(?:本[土地])?${NEW_COVID}确诊(?:病例)?${N}例`),
  cumulativeAsym: re(`累计(?:报告)?(?:本[土地])?无症状感染者${N}例`),
  cumulativeDischargedSplit: re(
    `累计${N}[个例名]确诊(?:病例|患者)和${N}[个例名]无症状感染者共计${N}[名个例]患者出院`,
  ),
  cumulativeDischarged: re(`累计(?:治愈)?出院(?:病例)?${N}例`),
  cumulativeDischargedPatients: re(`累计${N}[名个]患者出院`),
  cumulativeDeaths: re(`累计死亡(?:病例)?${N}例`),
  inHospital: re(`在院治疗${N}[人例]`),
  inHospitalSplit: re(`[（(，,]?其中确诊病例${N}[人例][，,、]无症状感染者${N}[人例]`),
  underObservation: re(`尚在医学观察中?的?无症状感染者${N}例`),
  released: re(`解除医学观察(?:本[土地])?无症状感染者${N}例`),
  discharged: re(`治愈出院(?:病例)?${N}例`),
  deaths: re(`死亡(?:病例)?${N}例?`),
  streak: re(`连续${N}[天日]`),
  severe: re(`重症病例${N}例`),
  convertedIncluded: re(`含(?:既往|此前)?${N}例由(?:既往|此前)?无症状感染者转为确诊病例`),
  convertedIncluded2: re(`含(?:既往|此前)?无症状感染者转为确诊病例${N}例`),
  convertedAmong: re(`其中${N}例(?:本[土地])?${NEW_COVID}确诊病例为(?:此前|既往)的?无症状感染者转归`),
  importedConfirmedPart: re(`境外输入(?:性)?病例${N}例\\*?`),
  importedAsymPart: re(`境外输入性?${N}例`),
  localConfirmedPart: re(`本[土地]病例${N}例\\*?`),
  localAsymPart: re(`本[土地]${N}例`),
  andAsym: re(`[和、](?:本[土地])?无症状感染者${N}例`),
  localAsymAfterComma: re(`本[土地]无症状感染者${N}例`),
  patientsDischarged: re(`有${N}例确诊(?:患者|病例)[和、 ]${N}例无症状感染者出院`),
  patientsDischargedTotal: re(
    `有${N}[个例名]确诊(?:病例|患者)和${N}[个例名]无症状感染者共计${N}[名个例]患者出院`,
  ),
};

/** Context the reader needs from the bulletin being built. */
export interface ReadContext {
  bulletin: DailyBulletin;
  /** Maps a span of the cleaned text to the original input. */
  mapSpan: (span: Span) => Span;
  /** As-of markers inside the range, in order. */
  asOfMarkers: AsOfMarker[];
  /** End of the bulletin's period: a marker equal to it adds no `asOf`. */
  periodEnd: Instant | null;
}

/**
 * Reads every figure of one bulletin from `[from, to)` of the cleaned text into `context.bulletin`.
 */
export function readFigures(text: string, from: number, to: number, context: ReadContext): void {
  const { bulletin, mapSpan } = context;
  let mode: Mode = null;
  let cumulativeSentence = false;
  // A sentence about imported cases (`累计境外输入性确诊病例…，出院…，在院治疗…`): its totals are not the region's.
  let importedSentence = false;
  // National reports: `境外输入现有确诊病例…。累计确诊病例…` until the next `截至`: imported totals.
  let importedBlock = false;
  let sentenceStart = from;
  let markerIndex = 0;
  let activeAsOf: Instant | undefined;

  const asOfAt = (position: number): Instant | undefined => {
    const markers = context.asOfMarkers;
    while (markerIndex < markers.length && markers[markerIndex]!.end <= position) {
      const marker = markers[markerIndex]!;
      if (marker.start >= sentenceStart && marker.instant) {
        activeAsOf = marker.instant === context.periodEnd ? undefined : marker.instant;
      }
      markerIndex++;
    }
    return activeAsOf;
  };

  const set = (path: FigurePath, match: RegExpExecArray, group: number): void => {
    const digits = match[group] ?? '';
    const indices = match.indices?.[group];
    const slot = indices && digits ? readNumberAfter(text, indices[0]) : null;
    const value = slot?.kind === 'value' ? slot.value : Number.NaN;
    let span = { start: match.index, end: match.index + match[0].length };
    if (indices && digits) span = { start: indices[0], end: indices[1] };
    else if (indices) {
      // An empty slot: the phrase from the previous slot (or the match start) up to the counter after it.
      const previous = group > 1 ? match.indices?.[group - 1] : undefined;
      const start = previous ? previous[1] + 1 : match.index;
      span = {
        start: Math.min(start, indices[0]),
        end: Math.min(indices[1] + 1, match.index + match[0].length),
      };
    }
    setFigure(
      bulletin,
      path,
      Number.isNaN(value) ? null : value,
      mapSpan(span),
      match[0],
      asOfAt(match.index),
    );
  };
  const zero = (path: FigurePath, match: RegExpExecArray): void => {
    const span = { start: match.index, end: match.index + match[0].length };
    setFigure(bulletin, path, 0, mapSpan(span), match[0], asOfAt(match.index));
  };
  const breakdownAfter = (path: FigurePath, position: number): void => {
    const measure = BREAKDOWN_MEASURE[path];
    if (!measure) return;
    let open = position;
    if (text[open] === '*') open++;
    const char = text[open];
    if (char !== '（' && char !== '(') return;
    const close = closingBracket(text, open);
    if (close < 0 || close > to) return;
    const items = parseBreakdownList(text, open + 1, close);
    if (items) addBreakdown(bulletin.breakdowns, measure, items, mapSpan, asOfAt(position));
  };

  const tryRead = (rule: RegExp, at: number): RegExpExecArray | null => {
    rule.lastIndex = at;
    const match = rule.exec(text);
    return match && match.index + match[0].length <= to ? match : null;
  };

  // The trigger being read, its local match and how far it consumed (hoisted: one closure per call).
  let at = from;
  let match: RegExpExecArray | null = null;
  let consumed = from;
  const use = (rule: RegExp): RegExpExecArray | null => {
    match = tryRead(rule, at);
    if (match) consumed = match.index + match[0].length;
    return match;
  };
  const hit = (): RegExpExecArray => match as RegExpExecArray;

  TRIGGER_RE.lastIndex = from;
  for (let trigger = TRIGGER_RE.exec(text); trigger && trigger.index < to; trigger = TRIGGER_RE.exec(text)) {
    const word = trigger[0];
    at = trigger.index;
    match = null;
    consumed = at + word.length;
    switch (word) {
      case '。':
      case '\n':
        cumulativeSentence = false;
        importedSentence = false;
        sentenceStart = at + 1;
        activeAsOf = undefined;
        break;
      case '截至':
        cumulativeSentence = true;
        importedBlock = false;
        break;
      case '无新增': {
        if (use(R.zeroLocalBoth)) {
          zero('newLocalConfirmed', hit());
          zero('newLocalAsymptomatic', hit());
          mode = 'newLocal';
        } else if (use(R.zeroImportedBoth)) {
          zero('newImported.confirmed', hit());
          zero('newImported.asymptomatic', hit());
          mode = 'newImported';
        } else if (use(R.zeroLocalConfirmed)) {
          zero('newLocalConfirmed', hit());
          mode = 'newLocal';
        } else if (use(R.zeroLocalAsym)) {
          zero('newLocalAsymptomatic', hit());
          mode = 'newLocal';
        } else if (use(R.zeroImportedAsym)) {
          zero('newImported.asymptomatic', hit());
        } else if (use(R.zeroImportedConfirmed)) {
          zero('newImported.confirmed', hit());
          mode = 'newImported';
        } else if (use(R.zeroDeaths)) {
          zero('newDeaths', hit());
        } else if (!/[天日]$/.test(text.slice(Math.max(from, at - 1), at)) && use(R.zeroConfirmed)) {
          zero('newConfirmed', hit());
        }
        break;
      }
      case '新增': {
        if (use(R.newLocalConfirmed)) {
          set('newLocalConfirmed', hit(), 1);
          mode = 'newLocal';
          breakdownAfter('newLocalConfirmed', consumed);
        } else if (use(R.newNLocalConfirmed)) {
          set('newLocalConfirmed', hit(), 1);
          mode = 'newLocal';
        } else if (use(R.newLocalAsym)) {
          set('newLocalAsymptomatic', hit(), 1);
          mode = 'newLocal';
          breakdownAfter('newLocalAsymptomatic', consumed);
        } else if (use(R.newNLocalAsym)) {
          set('newLocalAsymptomatic', hit(), 1);
          mode = 'newLocal';
        } else if (use(R.newImportedConfirmed)) {
          set('newImported.confirmed', hit(), 1);
          mode = 'newImported';
          breakdownAfter('newImported.confirmed', consumed);
        } else if (use(R.newImportedAsym)) {
          set('newImported.asymptomatic', hit(), 1);
          mode = 'newImported';
        } else if (use(R.newNImported)) {
          set('newImported.confirmed', hit(), 1);
          mode = 'newImported';
        } else if (use(R.newDeaths)) {
          set('newDeaths', hit(), 1);
          mode = 'other';
        } else if (use(R.newDischarged)) {
          set('discharged.total', hit(), 1);
          mode = 'other';
        } else if (use(R.newConfirmed)) {
          set('newConfirmed', hit(), 1);
          mode = 'new';
          breakdownAfter('newConfirmed', consumed);
        } else if (use(R.newAsym)) {
          mode = 'newAsym';
        }
        break;
      }
      case '报告': {
        const m = use(R.reportedImported);
        if (m) {
          set('newImported.confirmed', m, 1);
          mode = 'newImported';
        }
        break;
      }
      case '累计': {
        cumulativeSentence = true;
        if (text.startsWith('累计境外输入', at) || importedBlock) {
          importedSentence = true;
          break;
        }
        if (use(R.cumulativeDischargedSplit)) {
          set('dischargedCumulative.confirmed', hit(), 1);
          set('dischargedCumulative.asymptomatic', hit(), 2);
          set('dischargedCumulative.total', hit(), 3);
        } else if (use(R.cumulativeConfirmed)) {
          set('cumulativeConfirmed', hit(), 1);
          mode = 'cumulative';
          breakdownAfter('cumulativeConfirmed', consumed);
        } else if (use(R.cumulativeAsym)) {
          set('cumulativeAsymptomatic', hit(), 1);
          mode = 'cumulative';
        } else if (use(R.cumulativeDischarged)) {
          set('dischargedCumulative.total', hit(), 1);
        } else if (use(R.cumulativeDischargedPatients)) {
          set('dischargedCumulative.total', hit(), 1);
        } else if (use(R.cumulativeDeaths)) {
          set('cumulativeDeaths', hit(), 1);
        }
        break;
      }
      case '有': {
        if (use(R.patientsDischargedTotal)) {
          set('dischargedCumulative.confirmed', hit(), 1);
          set('dischargedCumulative.asymptomatic', hit(), 2);
          set('dischargedCumulative.total', hit(), 3);
        } else if (use(R.patientsDischarged)) {
          set('discharged.confirmed', hit(), 1);
          set('discharged.asymptomatic', hit(), 2);
        }
        break;
      }
      case '在院治疗': {
        if (importedSentence || importedBlock) break;
        const m = use(R.inHospital);
        if (m) {
          set('inHospital.total', m, 1);
          const split = tryRead(R.inHospitalSplit, consumed);
          if (split) {
            set('inHospital.confirmed', split, 1);
            set('inHospital.asymptomatic', split, 2);
            consumed = split.index + split[0].length;
          }
        }
        mode = 'other';
        break;
      }
      case '尚在医学观察': {
        const m = use(R.underObservation);
        if (m) set('asymptomaticUnderObservation', m, 1);
        mode = 'other';
        break;
      }
      case '解除医学观察': {
        const m = use(R.released);
        if (m) set('discharged.asymptomatic', m, 1);
        mode = 'other';
        break;
      }
      case '治愈出院': {
        if (importedSentence || importedBlock) break;
        const m = use(R.discharged);
        if (m) set(cumulativeSentence ? 'dischargedCumulative.total' : 'discharged.total', m, 1);
        mode = 'other';
        break;
      }
      case '死亡': {
        if (importedSentence || importedBlock) break;
        if (cumulativeSentence) {
          const m = use(R.deaths);
          if (m?.[1]) set('cumulativeDeaths', m, 1);
        }
        mode = 'other';
        break;
      }
      case '连续': {
        const m = use(R.streak);
        if (m) {
          const after = text.slice(consumed, Math.min(to, consumed + 16));
          if (/无新增|零增长|零新增|无本土/.test(after)) {
            set('daysWithoutNewCases', m, 1);
            if (after.includes('社会面') || text.slice(Math.max(from, at - 4), at).includes('社会面')) {
              bulletin.daysWithoutNewCases.socialOnly = true;
            }
          }
        }
        break;
      }
      case '含': {
        if (mode === 'newLocal') {
          if (use(R.convertedIncluded) || use(R.convertedIncluded2)) {
            set('asymptomaticToConfirmed', hit(), 1);
          }
        }
        break;
      }
      case '其中': {
        const m = use(R.convertedAmong);
        if (m) set('asymptomaticToConfirmed', m, 1);
        break;
      }
      case '境外输入现有':
        importedBlock = true;
        break;
      case '当日转为确诊病例':
      case '疑似':
        mode = 'other';
        break;
      case '境外输入': {
        if ((mode === 'new' || mode === 'newLocal') && use(R.importedConfirmedPart)) {
          set('newImported.confirmed', hit(), 1);
          mode = 'newImported';
          breakdownAfter('newImported.confirmed', consumed);
        } else if (mode === 'newAsym' && use(R.importedAsymPart)) {
          set('newImported.asymptomatic', hit(), 1);
          mode = 'newAsymImported';
          breakdownAfter('newImported.asymptomatic', consumed);
        }
        break;
      }
      case '本土':
      case '本地': {
        if ((mode === 'new' || mode === 'newImported') && use(R.localConfirmedPart)) {
          set('newLocalConfirmed', hit(), 1);
          mode = 'newLocal';
          breakdownAfter('newLocalConfirmed', consumed);
        } else if ((mode === 'newAsym' || mode === 'newAsymImported') && use(R.localAsymPart)) {
          set('newLocalAsymptomatic', hit(), 1);
          breakdownAfter('newLocalAsymptomatic', consumed);
          mode = 'other';
        } else if (mode === 'cumulative' && use(R.localAsymAfterComma)) {
          set('cumulativeAsymptomatic', hit(), 1);
        }
        break;
      }
      case '和':
      case '、': {
        const m = use(R.andAsym);
        if (m) {
          if (mode === 'newLocal') set('newLocalAsymptomatic', m, 1);
          else if (mode === 'newImported') set('newImported.asymptomatic', m, 1);
          else if (mode === 'cumulative') set('cumulativeAsymptomatic', m, 1);
        }
        break;
      }
      case '重症病例': {
        const m = use(R.severe);
        if (m) {
          set('severe', m, 1);
          breakdownAfter('severe', consumed);
        }
        break;
      }
      case '病例中': {
        readHeadedList(text, at, to, context, asOfAt(at));
        break;
      }
      default:
        break;
    }
    TRIGGER_RE.lastIndex = Math.max(consumed, at + 1);
  }
}

const HEADED: Array<[string, FigurePath]> = [
  ['新增确诊', 'newConfirmed'],
  ['新增本地确诊', 'newLocalConfirmed'],
  ['确诊', 'cumulativeConfirmed'],
  ['重症', 'severe'],
  ['新增出院', 'discharged.total'],
  ['出院', 'dischargedCumulative.total'],
  ['死亡', 'cumulativeDeaths'],
];

/** `新增确诊病例中，鹿城区8例、龙湾区1例…` (Wenzhou): a list headed by its measure. */
function readHeadedList(
  text: string,
  at: number,
  to: number,
  context: ReadContext,
  asOf: Instant | undefined,
): void {
  const head = text.slice(Math.max(0, at - 6), at);
  const found = HEADED.find(([word]) => head.endsWith(word));
  if (!found) return;
  const measure = BREAKDOWN_MEASURE[found[1]];
  if (!measure) return;
  let start = at + 3;
  if ('，,：:'.includes(text[start] ?? '')) start++;
  let end = start;
  const limit = Math.min(to, start + 2000);
  while (end < limit && !'；;。\n'.includes(text[end]!)) end++;
  const items = parseBreakdownList(text, start, end);
  if (items) addBreakdown(context.bulletin.breakdowns, measure, items, context.mapSpan, asOf);
}
