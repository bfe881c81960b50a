import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBulletin } from './bulletinBuilder';
import type { DailyBulletin, StatedFigure } from '../schemas';
import type { FigureRoles } from './readClauses';
import { addStatedFigure } from './addStatedFigure';

/** The roles of new local confirmed cases, with no qualifier: the base the tests vary. */
const NEW_LOCAL_CONFIRMED: FigureRoles = {
  measure: 'reported',
  tally: 'new',
  scope: 'local',
  kind: 'confirmed',
  severity: null,
  foundIn: null,
  area: null,
  sex: null,
  age: null,
  exposure: null,
  facility: null,
};

describe('addStatedFigure', () => {
  it('gives every bulletin the same figures whether their statements come interleaved or one bulletin at a time', () => {
    // Few roles, values and spans, so that statements repeat, conflict and share keys.
    const statement = fc.record({
      bulletin: fc.nat({ max: 2 }),
      roles: fc.record({
        measure: fc.constantFrom('reported', 'discharged'),
        tally: fc.constantFrom('new', 'cumulative'),
        scope: fc.constantFrom('local', 'imported', 'unstated'),
        kind: fc.constantFrom('confirmed', 'asymptomatic'),
        severity: fc.constant(null),
        foundIn: fc.constant(null),
        area: fc.constantFrom(null, '甲区'),
        sex: fc.constant(null),
        age: fc.constantFrom(null, '60岁及以上'),
        exposure: fc.constant(null),
        facility: fc.constantFrom(null, '甲市人民医院'),
      }) satisfies fc.Arbitrary<FigureRoles>,
      value: fc.constantFrom(null, 1, 2),
      start: fc.nat({ max: 5 }),
      asOf: fc.constantFrom(undefined, '2022-04-01T15:00:00+08:00'),
    });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 40 }), (statements) => {
        const read = (order: typeof statements) => {
          const bulletins = [0, 1, 2].map((index) => emptyBulletin({ start: index, end: index + 1 }));
          for (const { bulletin, roles, value, start, asOf } of order) {
            addStatedFigure(bulletins[bulletin]!, roles, value, { start, end: start + 1 }, asOf);
          }
          return bulletins;
        };
        // The same statements, each bulletin's in their own order, one bulletin after another.
        const grouped = [0, 1, 2].flatMap((index) => statements.filter((s) => s.bulletin === index));
        expect(read(statements)).toEqual(read(grouped));
      }),
      { numRuns: 1000 },
    );
  });

  it('files figures as a scan comparing every field would: repeats merge, other values conflict', () => {
    // Half the statements name an area (the fast path keyed by area); some qualify it, carry an as-of
    // instant or a corrected value (the slow path); a few have a measure outside the code's 16 values.
    const roles = fc.record({
      measure: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom('reported', 'discharged') },
        { weight: 1, arbitrary: fc.nat(20).map((n) => `measure${n}`) },
      ),
      tally: fc.constantFrom('new', 'cumulative'),
      scope: fc.constantFrom('local', 'unstated'),
      kind: fc.constant('confirmed'),
      severity: fc.constantFrom(null, null, null, 'severe'),
      foundIn: fc.constantFrom(null, null, 'quarantine', 'screening'),
      area: fc.constantFrom(null, null, '甲区', '乙区'),
      sex: fc.constantFrom(null, null, null, 'male'),
      age: fc.constantFrom(null, null, null, '60岁及以上'),
      exposure: fc.constantFrom(null, null, null, '来自甲国'),
      facility: fc.constantFrom(null, null, null, '甲市人民医院'),
    }) as fc.Arbitrary<FigureRoles>;
    const statement = fc.record({
      roles,
      superseded: fc.constantFrom(undefined, undefined, undefined, true as const),
      value: fc.constantFrom(null, 1, 2),
      start: fc.nat({ max: 5 }),
      asOf: fc.constantFrom(undefined, undefined, '2022-04-01T15:00:00+08:00'),
    });
    type Statement = typeof statement extends fc.Arbitrary<infer S> ? S : never;
    const FIELDS = ['measure', 'tally', 'scope', 'kind', 'severity', 'foundIn', 'sex'] as const;
    const QUALIFIERS = ['area', 'age', 'exposure', 'facility'] as const;
    const sameFigure = (figure: StatedFigure, s: Statement): boolean =>
      [...FIELDS, ...QUALIFIERS].every((field) => figure[field] === s.roles[field]) &&
      figure.asOf === s.asOf &&
      figure.superseded === s.superseded;

    /** What addStatedFigure does, by a scan of every figure comparing every field. */
    const addByScan = (model: Pick<DailyBulletin, 'figures' | 'warnings'>, s: Statement): void => {
      const span = { start: s.start, end: s.start + 1 };
      const same = model.figures.filter((figure) => sameFigure(figure, s));
      const repeated = same.find((f) => f.value === s.value || f.value === null || s.value === null);
      if (repeated) {
        if (!repeated.spans.some((o) => o.start === span.start && o.end === span.end))
          repeated.spans.push(span);
        if (repeated.value === null) repeated.value = s.value;
        return;
      }
      const { measure, tally, scope, kind, severity, foundIn, sex, age, exposure, facility, area } = s.roles;
      const warned = model.warnings.some(
        (warning) => warning.code === 'CONFLICTING_FIGURES' && warning.span?.start === span.start,
      );
      if (same.length > 0 && !warned) {
        model.warnings.push({
          code: 'CONFLICTING_FIGURES',
          message: `the figure ${measure} ${tally} ${scope} ${kind} is stated as ${same[0]!.value} and again as ${s.value}`,
          span,
        });
      }
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
        value: s.value,
        spans: [span],
      };
      if (s.asOf !== undefined) figure.asOf = s.asOf;
      if (s.superseded) figure.superseded = true;
      model.figures.push(figure);
    };

    fc.assert(
      fc.property(fc.array(statement, { maxLength: 40 }), (statements) => {
        const bulletin = emptyBulletin({ start: 0, end: 1 });
        const model: Pick<DailyBulletin, 'figures' | 'warnings'> = { figures: [], warnings: [] };
        for (const s of statements) {
          const stated = s.superseded ? { ...s.roles, superseded: s.superseded } : s.roles;
          addStatedFigure(bulletin, stated, s.value, { start: s.start, end: s.start + 1 }, s.asOf);
          addByScan(model, s);
        }
        expect(bulletin.figures).toEqual(model.figures);
        expect(bulletin.warnings).toEqual(model.warnings);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart figures whose roles take more values than the code holds', () => {
    // Each role gets only the bits its values need today: 20 values of each role, every figure
    // its own, overflow into the bits of another role or into the string key.
    const bulletin = emptyBulletin({ start: 0, end: 1 });
    const fields = ['measure', 'tally', 'scope', 'kind', 'severity', 'foundIn', 'sex'] as const;
    const stated = fields.flatMap((field) =>
      Array.from(
        { length: 20 },
        (_, index) => ({ ...NEW_LOCAL_CONFIRMED, [field]: `${field}${index}` }) as FigureRoles,
      ),
    );
    for (const [index, roles] of stated.entries()) {
      addStatedFigure(bulletin, roles, index, { start: index, end: index + 1 }, undefined);
    }
    expect(bulletin.figures.map((figure) => figure.value)).toEqual(stated.map((_, index) => index));
    expect(bulletin.warnings).toEqual([]);
  });

  it('tells apart the figures of more areas than the number key holds, and merges their repeats', () => {
    // Areas from the 2,048th on are keyed by a string: each area's figure is still one figure.
    const bulletin = emptyBulletin({ start: 0, end: 1 });
    const areas = Array.from({ length: 2100 }, (_, index) => `区${index}`);
    const roles = (area: string): FigureRoles => ({ ...NEW_LOCAL_CONFIRMED, area });
    for (const round of [0, 1]) {
      for (const [index, area] of areas.entries()) {
        addStatedFigure(bulletin, roles(area), index, { start: round * 10_000 + index, end: 0 }, undefined);
      }
    }
    expect(bulletin.figures.map((figure) => [figure.area, figure.value, figure.spans.length])).toEqual(
      areas.map((area, index) => [area, index, 2]),
    );
    expect(bulletin.warnings).toEqual([]);
  });
});
