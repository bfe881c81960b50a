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
 * The enumerated roles of a figure as one number of 19 bits: as many bits for each role as its
 * values need today (8 measures, 7 tallies, 3 scopes, 6 kinds, 5 severities, 3 places found, 2
 * sexes, each with 0 for none), or -1 when a role has more values than its bits hold (the grammar
 * grew: such figures are keyed by a string). Each role is read by name (a loop over the field names
 * would be a keyed load of many names, slow in the hottest path).
 */
function rolesCode(roles: FigureRoles): number {
  const measure = MEASURES!.of(roles.measure);
  const tally = TALLIES!.of(roles.tally);
  const scope = SCOPES!.of(roles.scope);
  const kind = KINDS!.of(roles.kind);
  const severity = SEVERITIES!.of(roles.severity);
  const foundIn = FOUND_IN!.of(roles.foundIn);
  const sex = SEXES!.of(roles.sex);
  if (measure >= 16 || tally >= 8 || scope >= 4 || kind >= 8 || severity >= 8 || foundIn >= 4 || sex >= 4)
    return -1;
  return (
    measure | (tally << 4) | (scope << 7) | (kind << 9) | (severity << 12) | (foundIn << 15) | (sex << 17)
  );
}

/** The roles' code takes the low 19 bits of a key, the area's number the bits above. */
const ROLE_BITS = 2 ** 19;

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
 * and whether the value is corrected. Nearly every figure has only enumerated roles, or those and an
 * area (a list item, `上海11例`: half the figures of the corpora): those are keyed by one small
 * integer, the roles' code ({@link rolesCode}) and the area's number in this bulletin (below 2,048
 * areas, a small integer). The rest (an age band, an exposure, a hospital, an as-of instant, a
 * corrected value, roles beyond what the code holds) by a string of every field. (A string for every figure with an area cost more
 * than the rest of adding it: a new string, flattened and hashed for each look-up.)
 */
class FigureIndex {
  private readonly figures: FigureTable = new Map();
  /** Each area's number (from 1, in the order first seen). */
  private readonly areas = new Map<string, number>();
  /** The key of the last {@link find}: {@link add} files the figure under it. */
  private key: number | string = 0;

  /** The figures with the same roles, area, qualifiers and as-of instant as `roles`. */
  find(roles: CorrectableRoles, asOf: Instant | undefined): KeyFigures | undefined {
    this.key = this.keyOf(roles, asOf);
    return this.figures.get(this.key);
  }

  /** Files `figure` under the key of the last {@link find}, which found `same`. */
  add(figure: StatedFigure, same: KeyFigures | undefined): void {
    if (same === undefined) this.figures.set(this.key, figure);
    else if (Array.isArray(same)) same.push(figure);
    else this.figures.set(this.key, [same, figure]);
  }

  private keyOf(roles: CorrectableRoles, asOf: Instant | undefined): number | string {
    const code = rolesCode(roles);
    if (
      code < 0 ||
      roles.age !== null ||
      roles.exposure !== null ||
      roles.facility !== null ||
      asOf !== undefined ||
      roles.superseded !== undefined
    )
      return fullKey(roles, asOf);
    if (roles.area === null) return code;
    let area = this.areas.get(roles.area);
    if (area === undefined) {
      area = this.areas.size + 1;
      this.areas.set(roles.area, area);
    }
    return area * ROLE_BITS + code;
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
