import * as z from 'zod';
import { RISK_LEVEL_IDS, RISK_SCHEME_IDS } from '../risk/riskLevels';
import { InstantSchema } from '../sharedSchemas';

/**
 * Zod schemas of policy packs. Only `loadPolicyPack.ts`, the JSON Schema generator and tests import
 * these values; computation code imports the plain types of `types.ts`, so that the browser bundle
 * does not pull zod in.
 */

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
  message: 'expected an id of letters, digits, "_", "." or "-", e.g. "closeContact"',
});

const date = z.iso.date({ message: 'expected a date YYYY-MM-DD' });
const citationRefs = z.array(id).describe('ids of citations of this pack');

/** The zod schema of a how days are counted from an anchor: is the anchor day day 0 or day 1. */
export const DayZeroConventionSchema = z
  .enum(['anchorDayIsZero', 'anchorDayIsOne'])
  .describe(
    'anchorDayIsZero: the anchor day is day 0 and day 1 is the next day; anchorDayIsOne: the anchor day is day 1',
  );

/** The zod schema of a the kind of a quarantine phase: centralized (集中隔离), home quarantine, home monitoring, daily monitoring. */
export const PhaseKindSchema = z.enum(['centralized', 'homeQuarantine', 'homeMonitoring', 'dailyMonitoring']);

/** The zod schema of a what a quarantine plan counts its days from (the last exposure, the arrival, …). */
export const AnchorKindSchema = z.enum([
  'lastExposure',
  'arrival',
  'leftRiskArea',
  'enteredFacility',
  'discharge',
  'positiveTest',
]);

/** The zod schema of a a citation: the document, its date and the quote a rule rests on. */
export const CitationSchema = z.object({
  id,
  document: z.string().min(1).describe('name of the document'),
  date: date.describe('date of the document, YYYY-MM-DD'),
  quote: z.string().min(1).describe('the key wording, quoted in the original language'),
  source: z.string().min(1).exactOptional().describe('where the quote was read'),
});

/** The zod schema of a one phase of a quarantine rule: its kind, its days, its test days and citations. */
export const PhaseRuleSchema = z
  .object({
    kind: PhaseKindSchema,
    days: z.number().int().positive(),
    testDays: z
      .array(z.number().int().positive())
      .describe('days of the phase (1 = its first day) with a test'),
    label: z.string().min(1).exactOptional(),
    citations: citationRefs,
  })
  .superRefine((phase, ctx) => {
    phase.testDays.forEach((day, index) => {
      if (day > phase.days) {
        ctx.addIssue({
          code: 'custom',
          path: ['testDays', index],
          message: `test day ${day} is after the last day of a ${phase.days}-day phase`,
        });
      }
    });
  });

/** The zod schema of a what release from quarantine needs beyond the days (negative tests). */
export const ReleaseConditionSchema = z.object({
  negativeTests: z.number().int().positive().exactOptional(),
  text: z.string().min(1),
  citations: citationRefs,
});

/** The zod schema of a the quarantine rule of one category of people (close contacts, arrivals, …): its phases in order. */
export const QuarantineCategorySchema = z.object({
  id,
  name: z.string().min(1),
  anchor: AnchorKindSchema,
  dayZero: DayZeroConventionSchema,
  phases: z.array(PhaseRuleSchema).min(1, { message: 'a category needs at least one phase' }),
  release: ReleaseConditionSchema.exactOptional(),
  restartOnCaseInFacility: z.boolean().exactOptional(),
  topUpWhenIdentifiedLate: z.boolean().exactOptional(),
  citations: citationRefs,
  notes: z.string().exactOptional(),
});

/** A level id of the one vocabulary (`risk/riskLevels.ts`). */
const RiskLevelIdSchema = z.enum(RISK_LEVEL_IDS).meta({ id: 'RiskLevelId', description: 'A risk level' });
/** A scheme id of the one vocabulary. */
const RiskSchemeIdSchema = z
  .enum(RISK_SCHEME_IDS)
  .meta({ id: 'RiskSchemeId', description: 'A risk scheme: the set of levels an area is put at' });

/** The zod schema of a one level of a risk scheme: its id and its name as documents write it. */
export const SchemeLevelSchema = z.object({ id: RiskLevelIdSchema, name: z.string().min(1) });

/** The zod schema of a a screening a downgrade needs: the days whose tests must all be negative. */
export const ScreeningConditionSchema = z
  .object({
    fromDay: z.number().int().nonnegative(),
    toDay: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .refine((screening) => screening.toDay >= screening.fromDay, {
    message: 'toDay must not be before fromDay',
    path: ['toDay'],
  });

/** The zod schema of a when an area may go down one level: days without a new case, counted from the last case or the level's start. */
export const DowngradeRuleSchema = z.object({
  fromLevel: RiskLevelIdSchema,
  toLevel: RiskLevelIdSchema,
  daysWithoutNewCase: z.number().int().nonnegative(),
  countFrom: z.enum(['lastCase', 'levelEntered']).exactOptional(),
  onlyIfEnteredFrom: RiskLevelIdSchema.exactOptional(),
  communityCasesOnly: z.boolean().exactOptional(),
  screening: ScreeningConditionSchema.exactOptional(),
  notBefore: InstantSchema.exactOptional(),
  effectiveHour: z.number().int().min(0).max(23),
  dayZero: DayZeroConventionSchema,
  citations: citationRefs,
});

/** The zod schema of a one condition of a classification rule (no new case within N days, …). */
export const ClassificationConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('newCaseWithinDays'), days: z.number().int().positive() }),
  z.object({ kind: z.literal('noNewCaseWithinDays'), days: z.number().int().positive() }),
  z.object({ kind: z.literal('cumulativeCasesAbove'), count: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('cumulativeCasesAtMost'), count: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('clusterWithinDays'), days: z.number().int().positive() }),
  z.object({ kind: z.literal('noClusterWithinDays'), days: z.number().int().positive() }),
]);

/** The zod schema of a a rule that puts an area at a level from its case history; the first that matches wins. */
export const ClassificationRuleSchema = z.object({
  level: RiskLevelIdSchema,
  allOf: z.array(ClassificationConditionSchema),
  citations: citationRefs,
});

/** The zod schema of a a risk scheme: its levels from lowest to highest, its downgrade and classification rules. */
export const RiskSchemeSchema = z
  .object({
    id: RiskSchemeIdSchema,
    name: z.string().min(1),
    unit: z.string().min(1),
    levels: z.array(SchemeLevelSchema).min(1).describe('from the lowest to the highest risk'),
    classification: z.array(ClassificationRuleSchema).exactOptional(),
    downgrades: z.array(DowngradeRuleSchema),
    citations: citationRefs,
    notes: z.string().exactOptional(),
  })
  .superRefine((scheme, ctx) => {
    const levels = scheme.levels.map((level) => level.id);
    const rank = new Map<string, number>(levels.map((level, index) => [level, index]));
    duplicates(levels).forEach((index) => {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', index, 'id'],
        message: `duplicate level id "${levels[index]}"`,
      });
    });
    const known = (value: string | undefined, path: (string | number)[]) => {
      if (value !== undefined && !rank.has(value)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `unknown level "${value}"; expected one of ${levels.join(', ')}`,
        });
      }
    };
    scheme.downgrades.forEach((rule, index) => {
      known(rule.fromLevel, ['downgrades', index, 'fromLevel']);
      known(rule.toLevel, ['downgrades', index, 'toLevel']);
      known(rule.onlyIfEnteredFrom, ['downgrades', index, 'onlyIfEnteredFrom']);
      const from = rank.get(rule.fromLevel);
      const to = rank.get(rule.toLevel);
      if (from !== undefined && to !== undefined && to >= from) {
        ctx.addIssue({
          code: 'custom',
          path: ['downgrades', index, 'toLevel'],
          message: `a downgrade must go to a lower level than "${rule.fromLevel}"`,
        });
      }
    });
    scheme.classification?.forEach((rule, index) => {
      known(rule.level, ['classification', index, 'level']);
    });
  });

/** The zod schema of a the rules of a policy pack: quarantine categories and risk schemes. */
export const PolicyRulesSchema = z.object({
  quarantine: z.array(QuarantineCategorySchema),
  riskSchemes: z.array(RiskSchemeSchema),
  noQuarantine: z.boolean().exactOptional(),
  noRiskAreas: z.boolean().exactOptional(),
});

/** Zod schema of {@link PolicyPack}, with the cross-references checked (citation ids, unique ids). */
export const PolicyPackSchema = z
  .object({
    $schema: z.string().exactOptional(),
    id,
    title: z.string().min(1),
    jurisdiction: z.string().regex(/^[A-Z]{2}(?:-[A-Za-z0-9]+)*$/, {
      message: 'expected a dash-separated path from the country down, e.g. "CN" or "CN-LN-DL"',
    }),
    effective: z.object({ from: InstantSchema, until: InstantSchema.nullable() }),
    citations: z.array(CitationSchema),
    rules: PolicyRulesSchema,
    notes: z.string().exactOptional(),
  })
  .superRefine((pack, ctx) => {
    if (
      pack.effective.until !== null &&
      Date.parse(pack.effective.until) <= Date.parse(pack.effective.from)
    ) {
      ctx.addIssue({ code: 'custom', path: ['effective', 'until'], message: 'until must be after from' });
    }
    const citationIds = pack.citations.map((citation) => citation.id);
    duplicates(citationIds).forEach((index) => {
      ctx.addIssue({
        code: 'custom',
        path: ['citations', index, 'id'],
        message: `duplicate citation id "${citationIds[index]}"`,
      });
    });
    const cited = new Set(citationIds);
    const check = (refs: string[], path: (string | number)[]) => {
      refs.forEach((ref, index) => {
        if (!cited.has(ref)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, index],
            message: `no citation "${ref}" in this pack; expected one of: ${citationIds.join(', ') || '(none)'}`,
          });
        }
      });
    };
    const categoryIds = pack.rules.quarantine.map((category) => category.id);
    duplicates(categoryIds).forEach((index) => {
      ctx.addIssue({
        code: 'custom',
        path: ['rules', 'quarantine', index, 'id'],
        message: `duplicate category id "${categoryIds[index]}"`,
      });
    });
    pack.rules.quarantine.forEach((category, c) => {
      const base = ['rules', 'quarantine', c];
      check(category.citations, [...base, 'citations']);
      category.phases.forEach((phase, p) => {
        check(phase.citations, [...base, 'phases', p, 'citations']);
      });
      if (category.release) check(category.release.citations, [...base, 'release', 'citations']);
    });
    const schemeIds = pack.rules.riskSchemes.map((scheme) => scheme.id);
    duplicates(schemeIds).forEach((index) => {
      ctx.addIssue({
        code: 'custom',
        path: ['rules', 'riskSchemes', index, 'id'],
        message: `duplicate scheme id "${schemeIds[index]}"`,
      });
    });
    pack.rules.riskSchemes.forEach((scheme, s) => {
      const base = ['rules', 'riskSchemes', s];
      check(scheme.citations, [...base, 'citations']);
      scheme.downgrades.forEach((rule, r) => {
        check(rule.citations, [...base, 'downgrades', r, 'citations']);
      });
      scheme.classification?.forEach((rule, r) => {
        check(rule.citations, [...base, 'classification', r, 'citations']);
      });
    });
  });

function duplicates(values: string[]): number[] {
  const seen = new Set<string>();
  const result: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) result.push(index);
    seen.add(value);
  });
  return result;
}
