import * as z from 'zod';
import { InstantSchema, SpanSchema, WarningSchema } from '../sharedSchemas';

/** A half-open period `[start, end)` of instants. */
export const PeriodSchema = z
  .object({
    start: InstantSchema,
    end: InstantSchema,
  })
  .meta({ description: 'Half-open period [start, end)' });

/**
 * One figure read from the text: its value (or null when the text has no number for it), where it
 * was read, and its own as-of instant when the text gives one that differs from the record's period
 * (e.g. `1月13日下午…全市累计39个`).
 *
 * `value: null` with a span means the text had a slot for the number but no number in it (a
 * record warning `EMPTY_NUMBER_SLOT` says so); `value: null, span: null` means the text does not
 * mention the figure at all. Never 0 for "not stated".
 */
export const FigureSchema = z
  .object({
    value: z.number().nullable(),
    span: SpanSchema.nullable(),
    asOf: InstantSchema.optional(),
    raw: z.string().optional(),
  })
  .meta({ id: 'Figure', description: 'A figure read from the text, with its source span' });

/** A figure split into confirmed cases and asymptomatic infections, with their total. */
export const SplitFigureSchema = z
  .object({
    total: FigureSchema,
    confirmed: FigureSchema,
    asymptomatic: FigureSchema,
  })
  .meta({ id: 'SplitFigure', description: 'A total with its confirmed / asymptomatic parts' });

/** Days without new cases (`已连续N天无新增`), and whether only the community counts (`社会面`). */
export const StreakFigureSchema = FigureSchema.extend({
  socialOnly: z.boolean(),
}).meta({ id: 'StreakFigure', description: 'Consecutive days without new cases' });

/**
 * One count the figure grammar read, with the roles it was read with: what is counted (`measure`),
 * over which time (`tally`), local or imported (`scope`; `unstated` when the text says neither, never
 * silently local), which kind of case, and qualifiers. Every count a bulletin states has one entry;
 * a count stated twice (headline and body) is one entry with both spans.
 */
export const StatedFigureSchema = z
  .object({
    measure: z
      .enum([
        'reported',
        'discharged',
        'released',
        'deaths',
        'inHospital',
        'underObservation',
        'converted',
        'excluded',
      ])
      .meta({
        description:
          'reported cases, discharged (出院), released from observation (解除医学观察), deaths, in hospital (在院), under observation (医学观察), asymptomatic converted to confirmed (转为确诊), suspected cases excluded (排除)',
      }),
    tally: z.enum(['new', 'cumulative', 'current', 'change', 'revision', 'expected', 'unstated']).meta({
      description:
        'new in the period (新增), cumulative (累计), current (现有/在院), change from the day before (较前一日增加/减少, negative for a decrease), a revision of a count reported before (核增/核减, negative for a decrease: the correction, not a count), a count announced for a later day (即将/预计: never in a named field), or not stated',
    }),
    scope: z
      .enum(['local', 'imported', 'unstated'])
      .meta({ description: 'local (本土/本地), imported (境外输入), or not stated by the text' }),
    kind: z.enum(['confirmed', 'asymptomatic', 'suspected', 'infections', 'cases', 'closeContacts']).meta({
      description:
        'confirmed, asymptomatic, suspected, infections (感染者: confirmed + asymptomatic), cases (病例/患者 without more), close contacts',
    }),
    severity: z.enum(['mild', 'common', 'severe', 'critical', 'stable']).nullable(),
    foundIn: z.enum(['quarantine', 'screening', 'community']).nullable().meta({
      description: 'where the cases were found: in quarantine (隔离管控中), by screening, in the community',
    }),
    sex: z.enum(['male', 'female']).nullable().meta({ description: 'a count of one sex (男性/女性)' }),
    age: z.string().nullable().meta({
      description: 'a count of one age band, as written (`18岁至59岁`, `60岁及以上`); null for all ages',
    }),
    exposure: z.string().nullable().meta({
      description:
        'a count of one exposure or origin, as written (`有湖北居住或旅行史`, `无湖北接触史`, `来自英国`); null for all cases',
    }),
    facility: z.string().nullable().meta({
      description:
        'a count at one hospital, medical centre or place of detention, as written (`哈尔滨市传染病医院`, `省传染病防治院`, `省十里丰监狱`); null for all',
    }),
    area: z.string().nullable().meta({
      description:
        'the area a list item names (`上海11例`), or the area outside the region a phrase counts (`港澳台地区`); null for the region itself',
    }),
    value: z.number().nullable(),
    /** Every place the figure is stated, in the original input (first first). */
    spans: z.array(SpanSchema),
    asOf: InstantSchema.optional(),
    superseded: z.literal(true).optional().meta({
      description:
        'present (true) on a value reported before that the text corrects (`由411例订正为631例`: 411); the corrected value is the figure, with the same roles',
    }),
  })
  .meta({
    id: 'StatedFigure',
    description: 'A count read by the figure grammar, with its roles and every span',
  });

/** The figures a breakdown entry (a district, city or province) can carry. All optional. */
export const BreakdownFiguresSchema = z
  .object({
    newConfirmed: FigureSchema,
    newLocalConfirmed: FigureSchema,
    newLocalAsymptomatic: FigureSchema,
    newImportedConfirmed: FigureSchema,
    newImportedAsymptomatic: FigureSchema,
    asymptomaticToConfirmed: FigureSchema,
    cumulativeConfirmed: FigureSchema,
    cumulativeAsymptomatic: FigureSchema,
    severe: FigureSchema,
    discharged: FigureSchema,
    dischargedCumulative: FigureSchema,
    deaths: FigureSchema,
  })
  .partial();

/** The names of the figures a breakdown entry can carry. */
export const BreakdownMeasureSchema = BreakdownFiguresSchema.keyof();

/** One area of a breakdown (`其中浦东新区N例、…`, `广东N例（深圳N例…）`), possibly nested. */
export interface BreakdownEntry {
  /** The area as written, e.g. `浦东新区`, `广东`. */
  area: string;
  /** Where the area's name is, in the original input. */
  span: { start: number; end: number };
  /**
   * The division code of the area when `options.resolveArea` was given and resolved it (the
   * deepest code the list knows, or the common ancestor when ambiguous); otherwise null.
   */
  code: string | null;
  /** The resolver's confidence (`exact`, `alias`, `suffixStripped`, `ambiguous`), null when no code. */
  confidence: string | null;
  /** Its figures, keyed by measure. */
  figures: z.infer<typeof BreakdownFiguresSchema>;
  /** Sub-areas listed inside it (cities of a province), same shape. */
  children: BreakdownEntry[];
}

/** The zod schema of one entry of a bulletin's breakdown (a district, province or city and its figures). */
export const BreakdownEntrySchema: z.ZodType<BreakdownEntry> = z
  .object({
    area: z.string(),
    span: SpanSchema,
    code: z.string().nullable(),
    confidence: z.string().nullable(),
    figures: BreakdownFiguresSchema,
    get children() {
      return z.array(BreakdownEntrySchema);
    },
  })
  .meta({ id: 'BreakdownEntry', description: 'An area of a breakdown, with nested sub-areas' });

/**
 * A daily bulletin (疫情通报): the figures of one region for one period.
 *
 * Every figure is a {@link FigureSchema}; a figure the text does not mention has `value: null`.
 */
export const DailyBulletinSchema = z
  .object({
    kind: z.literal('dailyBulletin'),
    /** The whole bulletin in the original input. */
    span: SpanSchema,
    warnings: z.array(WarningSchema),
    /** The region as written (`大连市`, `上海`, `全国`), or null. */
    region: z.string().nullable(),
    regionSpan: SpanSchema.nullable(),
    /**
     * The region as the official province or prefecture-level division (`辽宁` → 辽宁省), or null when
     * it is none (a district, or a region not named); `regionCode` is its 6-digit division code.
     */
    regionName: z.string().nullable(),
    regionCode: z.string().nullable(),
    /** What the figures cover, half-open; null when it cannot be dated. */
    period: PeriodSchema.nullable(),
    periodSpan: SpanSchema.nullable(),
    /** The length of the period in hours: 24 for a day, 39 for `23日至24日15时`; null without a period. */
    periodHours: z.number().nullable(),
    /** When the bulletin was published, if known (reference or a date in the document). */
    publishedAt: InstantSchema.nullable(),
    /** All new confirmed cases when the text does not say local/imported (e.g. early 2020). */
    newConfirmed: FigureSchema,
    newLocalConfirmed: FigureSchema,
    newLocalAsymptomatic: FigureSchema,
    /** New imported (境外输入), total and split where the text splits it. */
    newImported: SplitFigureSchema,
    /** Asymptomatic infections reclassified as confirmed (无症状感染者转为确诊病例). */
    asymptomaticToConfirmed: FigureSchema,
    /** Cumulative reported confirmed / asymptomatic (local when the text says 本土). */
    cumulativeConfirmed: FigureSchema,
    cumulativeAsymptomatic: FigureSchema,
    /** In hospital now (在院治疗), total and split. */
    inHospital: SplitFigureSchema,
    /** Severe cases now (重症). */
    severe: FigureSchema,
    /** Asymptomatic infections still under medical observation (尚在医学观察). */
    asymptomaticUnderObservation: FigureSchema,
    /** Discharged in the period (治愈出院 / 解除医学观察), split and total. */
    discharged: SplitFigureSchema,
    /** Discharged cumulative (累计治愈出院), split and total. */
    dischargedCumulative: SplitFigureSchema,
    newDeaths: FigureSchema,
    cumulativeDeaths: FigureSchema,
    /** Consecutive days without new cases (已连续N天无新增), `socialOnly` for 社会面. */
    daysWithoutNewCases: StreakFigureSchema,
    /** Breakdowns by district / city / province, merged by area, nested where listed. */
    breakdowns: z.array(BreakdownEntrySchema),
    /**
     * Every count the figure grammar read, as measure × tally × scope × kind (+ qualifiers), the
     * named fields above included: figures without a field of their own (imported cumulative,
     * critical cases, close contacts, where found) are here.
     */
    figures: z.array(StatedFigureSchema),
  })
  .meta({ id: 'DailyBulletin', description: 'A daily bulletin: figures of one region for one period' });

/** A count read by the figure grammar, with its roles. */
export type StatedFigure = z.infer<typeof StatedFigureSchema>;
/** A figure read from the text. */
export type Figure = z.infer<typeof FigureSchema>;
/** A total with its confirmed / asymptomatic parts. */
export type SplitFigure = z.infer<typeof SplitFigureSchema>;
/** Consecutive days without new cases. */
export type StreakFigure = z.infer<typeof StreakFigureSchema>;
/** A half-open period. */
export type Period = z.infer<typeof PeriodSchema>;
/** The figures a breakdown entry can carry. */
export type BreakdownFigures = z.infer<typeof BreakdownFiguresSchema>;
/** The name of a figure of a breakdown entry. */
export type BreakdownMeasure = z.infer<typeof BreakdownMeasureSchema>;
/** A daily bulletin record. */
export type DailyBulletin = z.infer<typeof DailyBulletinSchema>;

/** A stretch of the original input that cleaning removed, and why (mirrors `text/types.ts`). */
export const RemovedSpanSchema = z
  .object({
    span: SpanSchema,
    kind: z.enum(['script', 'chrome', 'footer', 'injected', 'annotation']),
    reason: z.string(),
    text: z.string(),
  })
  .meta({ id: 'RemovedSpan', description: 'Text removed by cleaning, with its place in the original input' });
