import type { Span } from '../../types';
import type { Instant } from '../../time/instant';
import type { DailyBulletin, StatedFigure } from '../schemas';
import { pushWarning } from './bulletinBuilder';
import type { FigureRoles } from './readClauses';

/** A figure's roles, and whether it is a value the text corrects (`由411例订正为631例`: 411). */
type CorrectableRoles = FigureRoles & { superseded?: true | undefined };

/**
 * A small number for each value of one enumerated role: 0 for null (most figures have no severity,
 * where found or sex: no look-up for those), then 1, 2, … for the values in the order first seen.
 */
class RoleCodes {
  private readonly codes = new Map<string, number>();
  of(value: string | null): number {
    if (value === null) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size + 1;
      this.codes.set(value, code);
    }
    return code;
  }
}
const ROLE_FIELDS = ['measure', 'tally', 'scope', 'kind', 'severity', 'foundIn', 'sex'] as const;
const [MEASURES, TALLIES, SCOPES, KINDS, SEVERITIES, FOUND_IN, SEXES] = ROLE_FIELDS.map(
  () => new RoleCodes(),
);

/**
 * The enumerated roles of a figure as one small integer (four bits each), or -1 once a role has 16
 * values or more. Each role is read by name (a loop over the field names would be a keyed load of
 * many names, slow in the hottest path).
 */
function rolesCode(roles: FigureRoles): number {
  const measure = MEASURES!.of(roles.measure);
  const tally = TALLIES!.of(roles.tally);
  const scope = SCOPES!.of(roles.scope);
  const kind = KINDS!.of(roles.kind);
  const severity = SEVERITIES!.of(roles.severity);
  const foundIn = FOUND_IN!.of(roles.foundIn);
  const sex = SEXES!.of(roles.sex);
  if (Math.max(measure, tally, scope, kind, severity, foundIn, sex) >= 16) return -1;
  return (((((measure * 16 + tally) * 16 + scope) * 16 + kind) * 16 + severity) * 16 + foundIn) * 16 + sex;
}

/** Every field that tells two figures apart, as one string (for the rare figures {@link rolesCode} cannot key). */
const fullKey = (roles: CorrectableRoles, asOf: Instant | undefined): string =>
  `${ROLE_FIELDS.map((field) => roles[field]).join('|')}|${roles.area}|${roles.age}|${roles.exposure}|${roles.facility}|${asOf}|${roles.superseded}`;

/**
 * The figures of one key: the figure itself, or (rarely: the text states one figure with several
 * values) all of them in an array. Most keys have one figure, and an array for each would be garbage.
 */
type KeyFigures = StatedFigure | StatedFigure[];
type FigureTable = Map<number | string, KeyFigures>;

/**
 * A bulletin's figures by everything that tells two apart: roles, area, qualifiers, as-of instant
 * and whether the value is corrected. Nearly every figure has only enumerated roles (one small
 * number, {@link rolesCode}), or those and an area (a list item, `上海11例`: half the figures of the
 * corpora): those are found by the number, among the figures without an area or among the area's.
 * The rest (an age band, an exposure, a hospital, an as-of instant, a corrected value) by a string
 * of every field. (A string for every figure with an area cost more than the rest of adding it: a
 * new string, flattened and hashed for each look-up.)
 */
class FigureIndex {
  private readonly plain: FigureTable = new Map();
  private readonly byArea = new Map<string, FigureTable>();
  private readonly other: FigureTable = new Map();
  /** Where the last {@link find} looked: {@link add} files the figure there. */
  private table: FigureTable = this.plain;
  private key: number | string = 0;

  /** The figures with the same roles, area, qualifiers and as-of instant as `roles`. */
  find(roles: CorrectableRoles, asOf: Instant | undefined): KeyFigures | undefined {
    const code = rolesCode(roles);
    if (
      code >= 0 &&
      roles.age === null &&
      roles.exposure === null &&
      roles.facility === null &&
      asOf === undefined &&
      roles.superseded === undefined
    ) {
      this.key = code;
      if (roles.area === null) this.table = this.plain;
      else {
        let table = this.byArea.get(roles.area);
        if (table === undefined) {
          table = new Map();
          this.byArea.set(roles.area, table);
        }
        this.table = table;
      }
    } else {
      this.key = fullKey(roles, asOf);
      this.table = this.other;
    }
    return this.table.get(this.key);
  }

  /** Files `figure` under the key of the last {@link find}, which found `same`. */
  add(figure: StatedFigure, same: KeyFigures | undefined): void {
    if (same === undefined) this.table.set(this.key, figure);
    else if (Array.isArray(same)) same.push(figure);
    else this.table.set(this.key, [same, figure]);
  }
}

/**
 * The bulletin figures were last added to, and its index. Figures go to one bulletin many times in
 * a row (its reading, then each merge into it), so one remembered index serves nearly every call;
 * another bulletin's is rebuilt from its `figures`, which only {@link addStatedFigure} adds to, in
 * the order the index was built in. (A WeakMap of every bulletin's index cost 3% of a short
 * document's time: an ephemeron entry per bulletin.)
 */
let indexedBulletin: DailyBulletin | null = null;
let indexedFigures = new FigureIndex();

function figureIndex(bulletin: DailyBulletin): FigureIndex {
  if (bulletin !== indexedBulletin) {
    indexedFigures = new FigureIndex();
    for (const figure of bulletin.figures)
      indexedFigures.add(figure, indexedFigures.find(figure, figure.asOf));
    indexedBulletin = bulletin;
  }
  return indexedFigures;
}

const repeats = (figure: StatedFigure, value: number | null): boolean =>
  figure.value === value || figure.value === null || value === null;

/** The figure of `same` that `value` repeats (equal, or either unknown). */
function sameValue(same: KeyFigures, value: number | null): StatedFigure | undefined {
  if (!Array.isArray(same)) return repeats(same, value) ? same : undefined;
  for (const figure of same) if (repeats(figure, value)) return figure;
  return undefined;
}

/** Span lists long enough to look up by key rather than scan (see {@link addSpan}). */
const SPAN_KEYS = new WeakMap<Span[], Set<string>>();
const LONGEST_SCANNED = 16;

/**
 * Adds `span` to a figure's `spans` unless it is there already. A short list is scanned; a long one
 * (a figure restated in thousands of merged bulletins) keeps a set of its spans, so that adding is
 * not a scan of every span before it (quadratic in the number of statements).
 */
function addSpan(spans: Span[], span: Span): void {
  if (spans.length < LONGEST_SCANNED) {
    for (const other of spans) if (other.start === span.start && other.end === span.end) return;
    spans.push(span);
    return;
  }
  let keys = SPAN_KEYS.get(spans);
  if (keys === undefined) {
    keys = new Set(spans.map((other) => `${other.start},${other.end}`));
    SPAN_KEYS.set(spans, keys);
  }
  const key = `${span.start},${span.end}`;
  if (keys.has(key)) return;
  keys.add(key);
  spans.push(span);
}

/**
 * Adds a grammar figure to `bulletin.figures`: a repeated statement (same roles, same value) is one
 * entry with every span; the same roles with another value is a second entry and a
 * CONFLICTING_FIGURES warning.
 */
export function addStatedFigure(
  bulletin: DailyBulletin,
  roles: CorrectableRoles,
  value: number | null,
  span: Span,
  asOf: Instant | undefined,
): void {
  const index = figureIndex(bulletin);
  const same = index.find(roles, asOf);
  const existing = same === undefined ? undefined : sameValue(same, value);
  if (existing) {
    addSpan(existing.spans, span);
    if (existing.value === null) existing.value = value;
    return;
  }
  if (same !== undefined) {
    const first = Array.isArray(same) ? same[0]! : same;
    pushWarning(bulletin.warnings, {
      code: 'CONFLICTING_FIGURES',
      message: `the figure ${roles.measure} ${roles.tally} ${roles.scope} ${roles.kind} is stated as ${first.value} and again as ${value}`,
      span,
    });
  }
  const { measure, tally, scope, kind, severity, foundIn, area, sex, age, exposure, facility } = roles;
  const figure: StatedFigure = {
    measure,
    tally,
    scope,
    kind,
    severity,
    foundIn,
    sex,
    age,
    exposure,
    facility,
    area,
    value,
    spans: [span],
  };
  if (asOf !== undefined) figure.asOf = asOf;
  if (roles.superseded) figure.superseded = true;
  bulletin.figures.push(figure);
  index.add(figure, same);
}
