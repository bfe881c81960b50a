import * as z from 'zod';
import { InstantSchema } from '../sharedSchemas';
import { SpanSchema, WarningSchema } from '../sharedSchemas';
import { RISK_LEVEL_IDS, RISK_SCHEME_IDS } from '../risk/riskLevels';

/** A calendar date in China, `YYYY-MM-DD`. */
export const ChinaDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' })
  .meta({ description: 'Calendar date in China', examples: ['2021-01-13'] });

/** A risk level as the text names it, typed by scheme (see `riskLevels.ts`). */
export const WrittenLevelSchema = z
  .object({
    /** The scheme the level belongs to. */
    scheme: z.enum(RISK_SCHEME_IDS),
    /** The level inside its scheme, e.g. `medium`, `low3`, `sealed`. */
    level: z.enum(RISK_LEVEL_IDS),
    /** The words as written, e.g. `中风险地区`, `低风险三级`, `高风险区`. */
    label: z.string(),
    /** Where the label is in the original input. */
    span: SpanSchema,
  })
  .meta({ id: 'WrittenLevel', description: 'A risk level, typed by scheme, with its Chinese label' });

/** One area named by a notice. */
export const NoticeAreaSchema = z
  .object({
    /** The item as written in its list, e.g. `城关街道日新社区黄海明珠五期小区`. */
    asWritten: z.string(),
    /** With the prefixes it inherits from earlier items, e.g. `庄河市城关街道日新社区黄海明珠五期小区`. */
    fullName: z.string(),
    /** Where the item is written in the original input. */
    span: SpanSchema,
    /** The division code when a resolver was given and found one; otherwise null. */
    code: z.string().nullable(),
    /** The resolver's confidence (`exact`, `alias`, `suffixStripped`, `ambiguous`); null when no code. */
    confidence: z.string().nullable(),
  })
  .meta({ id: 'NoticeArea', description: 'An area named by a notice, as written and as a full name' });

/** Who issued a notice (`经大连市…总指挥部批准`, a sign-off line). */
export const IssuerSchema = z
  .object({ name: z.string(), span: SpanSchema })
  .meta({ id: 'Issuer', description: 'The body that issued or approved a notice' });

/** A document number such as `大疫经指发〔2021〕23号`. */
export const DocumentNumberSchema = z
  .object({
    /** The whole number as written. */
    text: z.string(),
    /** The issuing body's abbreviation before the year, e.g. `大疫经指发`; empty when none. */
    prefix: z.string(),
    year: z.number().int(),
    number: z.number().int(),
    span: SpanSchema,
  })
  .meta({ id: 'DocumentNumber', description: 'An official document number' });

/** A stated condition of a change: `连续14天无新增…`. */
export const RiskConditionSchema = z
  .object({
    /** The number of consecutive days, or null when the slot is empty (digits stripped). */
    days: z.number().int().nullable(),
    /** The condition as written. */
    text: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'RiskCondition', description: 'The condition a risk change states' });

/** Fields shared by notices that name a list of areas. */
const areaListShape = {
  /** The areas, each as written and as a full name with inherited prefixes (see docs/extraction.md). */
  areas: z.array(NoticeAreaSchema),
  /**
   * The area holding the counted areas when the text names only it before the count
   * (`大连市13个地区`, `庄河市4个中风险地区`): not one of them, so not in `areas`.
   */
  within: NoticeAreaSchema.nullable(),
  /** The list as written (`庄河市城关街道海洋村刘亮屯`), or null when the notice names none. */
  areaText: z.string().nullable(),
  /** The count the text declares (`等30个`, `三处社区`), or null when it declares none. */
  declaredCount: z.number().int().nullable(),
  /** How many areas are listed by name (`areas.length`). */
  listedCount: z.number().int(),
  /**
   * True when the list ends with `等` before the count: the listed areas are examples of
   * `declaredCount` areas, so fewer listed than declared is expected, not a mismatch.
   */
  exampleList: z.boolean(),
  /** When the change or lifting takes effect, or null when the text gives no usable instant. */
  effectiveAt: InstantSchema.nullable(),
  /** Where the effective time is written (`从23日零时起`), or null. */
  effectiveSpan: SpanSchema.nullable(),
  issuer: IssuerSchema.nullable(),
  documentNumber: DocumentNumberSchema.nullable(),
};

/**
 * A risk-level change (`自5日零时起，上述12个中风险地区调整为低风险地区`), or a
 * classification of areas into a scheme's levels (`9个地区按风险划分为低风险三级、…5类`).
 */
export const RiskChangeSchema = z
  .object({
    kind: z.literal('riskChange'),
    /** The sentence(s) the change was read from, in the original input. */
    span: SpanSchema,
    /**
     * Every statement of this change in the original input, in text order: a change stated in a
     * headline and again in the body is one record with both spans (`span` is one of them, the
     * statement with the effective instant).
     */
    spans: z.array(SpanSchema),
    warnings: z.array(WarningSchema),
    ...areaListShape,
    /** The level the areas leave, when stated (`中风险地区` in `将…中风险地区调整为…`). */
    fromLevel: WrittenLevelSchema.nullable(),
    /** The level the areas move to; null for a classification into several levels. */
    toLevel: WrittenLevelSchema.nullable(),
    /** For a classification: the levels listed, in the text's order; empty for a change. */
    classifiedInto: z.array(WrittenLevelSchema),
    /** The instant the stated condition was checked at (`截至11月22日24时`), or null. */
    asOf: InstantSchema.nullable(),
    /** The condition the text gives for the change (`连续14天无新增`), or null. */
    condition: RiskConditionSchema.nullable(),
  })
  .meta({ id: 'RiskChange', description: 'A change of risk level of listed areas' });

/** A notice lifting closed management (`自X时起解除封闭管控`, `关于解除…封闭管控的通告`). */
export const UnsealingSchema = z
  .object({
    kind: z.literal('unsealing'),
    span: SpanSchema,
    warnings: z.array(WarningSchema),
    ...areaListShape,
    /** The measure lifted, as written: `封闭管控`, `封控`, `封闭管理`. */
    measure: z.string(),
    /** The notice's title when the text names it (`关于解除…封闭管控的通告`), or null. */
    title: z.string().nullable(),
  })
  .meta({ id: 'Unsealing', description: 'Lifting of closed management of listed areas' });

/** One role of a speaker: `大连市卫生健康委员会` + `副主任`. */
export const SpeakerRoleSchema = z.object({
  /** The organisation as written, or null when the role has none (`新闻发言人`). */
  organisation: z.string().nullable(),
  title: z.string(),
});

/** A speaker at a press conference. */
export const SpeakerSchema = z
  .object({
    name: z.string(),
    /** The organisation of the first role, or null. */
    organisation: z.string().nullable(),
    /** The title of the first role. */
    title: z.string(),
    /** Every role, in the text's order (`秘书长、新闻发言人`). */
    roles: z.array(SpeakerRoleSchema),
    /** Where the roles and name are written, first mention. */
    span: SpanSchema,
  })
  .meta({ id: 'Speaker', description: 'A speaker at a press conference' });

/** A press conference (`第七十三次新闻发布会`); bulletins and notices inside are separate records. */
export const PressConferenceSchema = z
  .object({
    kind: z.literal('pressConference'),
    /** The first mention (its sentence) in the original input. */
    span: SpanSchema,
    warnings: z.array(WarningSchema),
    /** The ordinal (`第八十次` → 80), or null when the text gives none. */
    ordinal: z.number().int().nullable(),
    /** The date it was held, or null when the text gives none that can be dated. */
    date: ChinaDateSchema.nullable(),
    /** Where the date comes from: the text near a mention, or the caller's reference instant. */
    dateSource: z.enum(['text', 'reference']).nullable(),
    /** `上午` / `下午` / `晚上` when the text says so. */
    partOfDay: z.string().nullable(),
    /** Who held it (`大连市政府新闻办公室`), or null. */
    organiser: z.string().nullable(),
    speakers: z.array(SpeakerSchema),
    /** Every mention of this conference in the text (one document often reports it several times). */
    mentions: z.array(SpanSchema),
  })
  .meta({ id: 'PressConference', description: 'A press conference, with ordinal, date and speakers' });

/** One title of a bulletin index: `12月22日大连疫情防控情况通报(上午)`. */
export const BulletinIndexEntrySchema = z
  .object({
    /** The title as written. */
    title: z.string(),
    /** The region in the title (`大连`), or null. */
    region: z.string().nullable(),
    year: z.number().int().nullable(),
    month: z.number().int().nullable(),
    day: z.number().int().nullable(),
    /** The date, when year, month and day are all known; never invented. */
    date: ChinaDateSchema.nullable(),
    /** `上午` / `下午`, the ordinal of `(一)`…`(七)`, or null for a single bulletin that day. */
    part: z.union([z.literal('上午'), z.literal('下午'), z.number().int().positive()]).nullable(),
    span: SpanSchema,
  })
  .meta({ id: 'BulletinIndexEntry', description: 'A bulletin title of an index' });

/** A run of bulletin titles: what a crawler should fetch. */
export const BulletinIndexSchema = z
  .object({
    kind: z.literal('bulletinIndex'),
    span: SpanSchema,
    warnings: z.array(WarningSchema),
    entries: z.array(BulletinIndexEntrySchema),
  })
  .meta({ id: 'BulletinIndex', description: 'A list of bulletin titles with their dates and parts' });

/** Any record the notices extractors produce. */
export const NoticeRecordSchema = z.discriminatedUnion('kind', [
  RiskChangeSchema,
  UnsealingSchema,
  PressConferenceSchema,
  BulletinIndexSchema,
]);

/** A risk level as the text names it, typed by scheme (`{@link WrittenLevelSchema}`). */
export type WrittenLevel = z.infer<typeof WrittenLevelSchema>;
/** One area named by a notice, with its span (`{@link NoticeAreaSchema}`). */
export type NoticeArea = z.infer<typeof NoticeAreaSchema>;
/** Who issued a notice (`{@link IssuerSchema}`). */
export type Issuer = z.infer<typeof IssuerSchema>;
/** A document number such as `大疫经指发〔2021〕23号` (`{@link DocumentNumberSchema}`). */
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;
/** A stated condition of a risk change, such as `连续14天无新增` (`{@link RiskConditionSchema}`). */
export type RiskCondition = z.infer<typeof RiskConditionSchema>;
/** A risk-level change of areas, or a classification of areas into a scheme's levels (`{@link RiskChangeSchema}`). */
export type RiskChange = z.infer<typeof RiskChangeSchema>;
/** A notice lifting closed management (`解除封闭管控`) (`{@link UnsealingSchema}`). */
export type Unsealing = z.infer<typeof UnsealingSchema>;
/** One role of a speaker: an organisation and a title (`{@link SpeakerRoleSchema}`). */
export type SpeakerRole = z.infer<typeof SpeakerRoleSchema>;
/** A speaker at a press conference (`{@link SpeakerSchema}`). */
export type Speaker = z.infer<typeof SpeakerSchema>;
/** A press conference; the bulletins and notices inside it are separate records (`{@link PressConferenceSchema}`). */
export type PressConference = z.infer<typeof PressConferenceSchema>;
/** One title of a bulletin index (`{@link BulletinIndexEntrySchema}`). */
export type BulletinIndexEntry = z.infer<typeof BulletinIndexEntrySchema>;
/** A run of bulletin titles: what a crawler should fetch (`{@link BulletinIndexSchema}`). */
export type BulletinIndex = z.infer<typeof BulletinIndexSchema>;
/** Any record the notice extractors produce, told apart by `kind` (`{@link NoticeRecordSchema}`). */
export type NoticeRecord = z.infer<typeof NoticeRecordSchema>;
