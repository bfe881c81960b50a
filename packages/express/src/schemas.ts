/**
 * The request and response shapes of the API, as zod schemas: they validate what comes in and what
 * goes out, and the OpenAPI document (`GET /openapi.json`) is generated from them. Every schema with
 * an `id` becomes a component of that document.
 */
import {
  DailyBulletinSchema,
  ExtractedRecordSchema,
  InstantSchema,
  PolicyPackSchema,
  WarningSchema,
} from '@fangkong/core/schemas';
import { millisFromInstant } from '@fangkong/core';
import * as z from 'zod';

/** A calendar date in China, `YYYY-MM-DD`. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD, e.g. 2021-01-12' })
  .meta({ description: 'Calendar date in China (YYYY-MM-DD)', examples: ['2021-01-12'] });

/** Whether core's functions accept the text as an instant (the one rule of `millisFromInstant`). */
function readsAsInstant(value: string): boolean {
  try {
    millisFromInstant(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * An instant as a request may give it, read by core's one rule: an ISO 8601 instant with an offset,
 * a date and time without one (China time), or a date (00:00 that day in China).
 */
export const InstantOrDateSchema = z
  .string()
  .refine(readsAsInstant, {
    message:
      'expected an ISO 8601 instant (2021-06-01T15:00:00+08:00), a China time without an offset (2021-06-01T15:00) or a date (2021-06-01)',
  })
  .meta({
    description:
      'ISO 8601 instant; without an offset it is China time, and a date YYYY-MM-DD is 00:00 that day in China',
    examples: ['2021-06-01T15:00:00+08:00', '2021-06-01T15:00', '2021-06-01'],
  });

const Text = (max: number, what: string) =>
  z
    .string()
    .min(1, { message: `${what} must not be empty` })
    .max(max, { message: `${what} is longer than ${max} characters` });

// ─── Errors ────────────────────────────────────────────────────────────────────────────────────

/** One problem of a request, located by its path (`["query", "anchor"]`, `["body", "tests", 0, "at"]`). */
export const ProblemIssueSchema = z
  .object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })
  .meta({ id: 'ProblemIssue', description: 'What was wrong in the request, and where' });

/** An RFC 9457 problem document (`application/problem+json`), with a stable `code`. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI naming the problem type: `urn:fangkong:problem:<code>`' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().meta({ description: 'Stable machine-readable code, e.g. `NOT_FOUND`' }),
    instance: z.string().optional(),
    issues: z.array(ProblemIssueSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

// ─── Parse ─────────────────────────────────────────────────────────────────────────────────────

/** `POST /parse` as JSON. `text/plain` and `text/html` bodies are the text itself. */
export const ParseRequestSchema = z
  .strictObject({
    text: z.string().max(5_000_000),
    reference: InstantSchema.optional(),
    region: Text(64, 'region').optional(),
  })
  .meta({ id: 'ParseRequest', description: 'A document to extract records from' });

/** Query of `POST /parse` (used with `text/plain` and `text/html` bodies). */
export const ParseQuerySchema = z.strictObject({
  reference: InstantSchema.optional(),
  region: Text(64, 'region').optional(),
});

/** What `POST /parse` returns: the records and warnings of the document. */
export const ParseResponseSchema = z
  .object({
    records: z.array(ExtractedRecordSchema),
    warnings: z.array(WarningSchema),
  })
  .meta({ id: 'ParseResponse', description: 'The records and warnings of one document' });

// ─── Bulletins ─────────────────────────────────────────────────────────────────────────────────

/** A file the store could not read, and why. */
export const StoreProblemSchema = z
  .object({
    /** The file's name inside the store's folder (never a full path). */
    file: z.string(),
    code: z.enum(['UNREADABLE', 'NOT_UTF8', 'BINARY', 'TOO_LARGE', 'NO_RECORDS']),
    message: z.string(),
    at: InstantSchema,
  })
  .meta({ id: 'StoreProblem', description: 'A document the store skipped, and why' });

/** One document of the store, without its records. */
export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    /** The file name (directory store) or the id given (memory store). */
    name: z.string(),
    format: z.enum(['text', 'html']),
    /** The publication instant the extraction used, or null. */
    reference: InstantSchema.nullable(),
    updatedAt: InstantSchema,
    /** How many records of each kind the document holds. */
    counts: z.record(z.string(), z.number().int()),
    warningCount: z.number().int(),
  })
  .meta({ id: 'DocumentSummary', description: 'A stored document, without its records' });

/** Query of `GET /bulletins`. */
export const BulletinListQuerySchema = z.strictObject({
  include: z.enum(['problems']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

/** `GET /bulletins`: the documents, newest first, and (with `include=problems`) the skipped files. */
export const BulletinListSchema = z
  .object({
    total: z.number().int(),
    documents: z.array(DocumentSummarySchema),
    problems: z.array(StoreProblemSchema).optional(),
  })
  .meta({ id: 'BulletinList', description: 'The stored documents, newest first' });

/** `GET /bulletins/:id`: one document and everything extracted from it. */
export const BulletinDocumentSchema = DocumentSummarySchema.extend({
  records: z.array(ExtractedRecordSchema),
  warnings: z.array(WarningSchema),
}).meta({ id: 'BulletinDocument', description: 'A stored document with its records' });

/** The figures of a daily bulletin that `/series` can chart (totals for split figures). */
export const SERIES_FIELDS = [
  'newConfirmed',
  'newLocalConfirmed',
  'newLocalAsymptomatic',
  'newImported',
  'asymptomaticToConfirmed',
  'cumulativeConfirmed',
  'cumulativeAsymptomatic',
  'inHospital',
  'severe',
  'asymptomaticUnderObservation',
  'discharged',
  'dischargedCumulative',
  'newDeaths',
  'cumulativeDeaths',
  'daysWithoutNewCases',
] as const;

export const SeriesFieldSchema = z.enum(SERIES_FIELDS).meta({ id: 'SeriesField' });

/** A bulletin's figures as plain values: null where the text gives no number (never 0). */
export const FiguresSchema = z
  .record(SeriesFieldSchema, z.number().nullable())
  .meta({ id: 'Figures', description: 'Figure values by name; null = not stated' });

/** Query of `GET /bulletins/latest`. */
export const LatestQuerySchema = z.strictObject({ region: Text(64, 'region').optional() });

/** `GET /bulletins/latest`: the daily bulletin with the latest period (of `region`, if given). */
export const LatestBulletinSchema = z
  .object({
    documentId: z.string(),
    region: z.string().nullable(),
    period: z.object({ start: InstantSchema, end: InstantSchema }),
    /** The China date the period starts on. */
    date: DateSchema,
    publishedAt: InstantSchema.nullable(),
    figures: FiguresSchema,
    /** The full record, with the source span of each figure. */
    bulletin: DailyBulletinSchema,
  })
  .meta({ id: 'LatestBulletin', description: 'The latest daily bulletin and its figures' });

/** Query of `GET /series`. */
export const SeriesQuerySchema = z.strictObject({
  field: SeriesFieldSchema,
  region: Text(64, 'region').optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});

/** One day of a series. */
export const SeriesPointSchema = z
  .object({
    date: DateSchema,
    /** Null when the bulletin of that day does not state the figure. */
    value: z.number().nullable(),
    documentId: z.string(),
  })
  .meta({ id: 'SeriesPoint' });

/** `GET /series`: one value per day (the latest-published bulletin of the day wins). */
export const SeriesSchema = z
  .object({
    field: SeriesFieldSchema,
    /** The region charted: the one asked for, or the region with the most bulletins. */
    region: z.string().nullable(),
    from: DateSchema.nullable(),
    to: DateSchema.nullable(),
    points: z.array(SeriesPointSchema),
  })
  .meta({ id: 'Series', description: 'Daily values of one figure, oldest first' });

// ─── Risk areas ────────────────────────────────────────────────────────────────────────────────

/** Query of `GET /risk-areas`. */
export const RiskAreasQuerySchema = z.strictObject({
  at: InstantOrDateSchema.optional(),
  scheme: Text(64, 'scheme').optional(),
  level: Text(64, 'level').optional(),
});

/** One area of the table: its level at the instant asked. */
export const RiskAreaRowSchema = z
  .object({
    /** The area's full name as the notice writes it, with inherited prefixes. */
    area: z.string(),
    /** The 12-digit division code when known, else null. */
    code: z.string().nullable(),
    /** The key to ask `/risk-areas/{key}` with: the code, else the name. */
    key: z.string(),
    scheme: z.string(),
    level: z.string(),
    /** When the area entered this level. */
    since: InstantSchema,
    /** The document of the change. */
    documentId: z.string().nullable(),
  })
  .meta({ id: 'RiskAreaRow' });

/** `GET /risk-areas`: every area with a known level at `at`. */
export const RiskAreaTableSchema = z
  .object({
    at: InstantSchema,
    total: z.number().int(),
    areas: z.array(RiskAreaRowSchema),
  })
  .meta({ id: 'RiskAreaTable', description: 'The level of every known area at an instant' });

/** One step of the reasoning behind a computed date (core's `ExplanationStep`). */
export const ExplanationStepSchema = z
  .object({
    step: z.string(),
    instant: InstantSchema.optional(),
    packId: z.string(),
    rule: z.string().optional(),
    citationId: z.string().optional(),
    document: z.string().optional(),
    quote: z.string().optional(),
    text: z.string(),
  })
  .meta({
    id: 'ExplanationStep',
    description: 'A step of the reasoning, with the rule and wording it rests on',
  });

/** One period of an area's history. */
export const RiskPeriodSchema = z
  .object({
    level: z.string(),
    from: InstantSchema,
    until: InstantSchema.nullable(),
    kind: z.enum(['riskChange', 'unsealing', 'sealing']),
    documentId: z.string().nullable(),
  })
  .meta({ id: 'RiskPeriod' });

/** One step of a downgrade chain: the earliest instant the area can move down one level, and why. */
export const DowngradeStepSchema = z
  .object({
    fromLevel: z.string(),
    toLevel: z.string(),
    at: InstantSchema,
    countedFrom: InstantSchema,
    countedFromKind: z.enum(['lastCase', 'levelEntered']),
    decidedBy: z.enum(['days', 'floor']),
    pendingConditions: z.array(z.string()),
    blockedBy: z.string().optional(),
    explanation: z.array(ExplanationStepSchema),
  })
  .meta({ id: 'DowngradeStep' });

/** Every step down from the area's level to the lowest level of its scheme, under one pack. */
export const DowngradeChainSchema = z
  .object({
    /** The pack whose rules apply (in force at `at` in the router's jurisdiction), or null when none. */
    packId: z.string().nullable(),
    /** The scheme's lowest level, or null when no pack applies. */
    lowestLevel: z.string().nullable(),
    /** When the area reaches the lowest level if every pending condition holds; null when it does not by these rules. */
    lowestAt: InstantSchema.nullable(),
    /** The steps in order, the earliest downgrade first. */
    steps: z.array(DowngradeStepSchema),
    /** Why the chain stops before the lowest level, or why there is none; null when it reaches it. */
    stoppedBy: z.string().nullable(),
  })
  .meta({ id: 'DowngradeChain' });

/** Query of `GET /risk-areas/{key}`. */
export const RiskAreaQuerySchema = z.strictObject({
  at: InstantOrDateSchema.optional(),
  scheme: Text(64, 'scheme').optional(),
  /** The area's last case, when the caller knows it: the downgrade is counted from it. */
  lastCaseAt: InstantOrDateSchema.optional(),
});

/** `GET /risk-areas/{key}`: one area's history, its level at `at`, and its earliest downgrade chain. */
export const RiskAreaDetailSchema = z
  .object({
    area: z.string(),
    code: z.string().nullable(),
    scheme: z.string(),
    at: InstantSchema,
    /** The level at `at`, or null when no record precedes `at`. */
    level: z.string().nullable(),
    since: InstantSchema.nullable(),
    history: z.array(RiskPeriodSchema),
    downgrade: DowngradeChainSchema,
  })
  .meta({ id: 'RiskAreaDetail', description: "An area's history and earliest downgrades" });

/** Query of `GET /areas`. */
export const AreaSearchQuerySchema = z.strictObject({
  q: Text(64, 'q'),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

/** `GET /areas?q=`: known areas matching the words of `q`, and the official division it resolves to. */
export const AreaSearchSchema = z
  .object({
    q: z.string(),
    areas: z.array(
      z.object({
        area: z.string(),
        code: z.string().nullable(),
        key: z.string(),
        scheme: z.string(),
        /** The area's latest level. */
        level: z.string(),
        /** Share of the query's words found in the area's name (0-1]. */
        score: z.number(),
      }),
    ),
    resolved: z
      .object({
        code: z.string().nullable(),
        confidence: z.string(),
        path: z.array(z.object({ code: z.string(), name: z.string(), level: z.string() })),
        candidates: z.array(z.string()),
      })
      .nullable(),
  })
  .meta({ id: 'AreaSearch', description: 'Known areas found by name, and the official division' });

// ─── Plans ─────────────────────────────────────────────────────────────────────────────────────

const TestResultSchema = z.strictObject({
  at: InstantOrDateSchema,
  result: z.enum(['negative', 'positive']),
});
const QuarantineEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('caseInFacility'), at: InstantOrDateSchema }),
  z.strictObject({ kind: z.literal('identified'), at: InstantOrDateSchema }),
]);

/** `POST /plans`: what to plan. Without `packId` the pack in force at the anchor in `jurisdiction` is used. */
export const PlanRequestSchema = z
  .strictObject({
    category: Text(64, 'category'),
    anchor: InstantOrDateSchema,
    jurisdiction: Text(32, 'jurisdiction').optional(),
    packId: Text(64, 'packId').optional(),
    rulesAt: InstantOrDateSchema.optional(),
    tests: z.array(TestResultSchema).max(100).optional(),
    events: z.array(QuarantineEventSchema).max(100).optional(),
  })
  .meta({ id: 'PlanRequest', description: 'A quarantine to plan' });

/** `GET /plans`: the same as `POST /plans` without tests and events. */
export const PlanQuerySchema = z.strictObject({
  category: Text(64, 'category'),
  anchor: InstantOrDateSchema,
  jurisdiction: Text(32, 'jurisdiction').optional(),
  packId: Text(64, 'packId').optional(),
  rulesAt: InstantOrDateSchema.optional(),
});

const PlannedTestSchema = z.object({ phaseDay: z.number().int(), day: z.number().int(), date: DateSchema });

/** A quarantine plan (core's `QuarantinePlan`): phases, tests, release and the reasoning. */
export const QuarantinePlanSchema = z
  .object({
    packId: z.string(),
    category: z.string(),
    categoryName: z.string(),
    anchorKind: z.string(),
    dayZero: z.string(),
    anchor: InstantSchema,
    countedFrom: InstantSchema,
    phases: z.array(
      z.object({
        kind: z.string(),
        label: z.string().optional(),
        days: z.number().int(),
        firstDay: z.number().int(),
        lastDay: z.number().int(),
        start: InstantSchema,
        end: InstantSchema,
        tests: z.array(PlannedTestSchema),
        skipped: z.boolean().optional(),
        servedFrom: InstantSchema.optional(),
      }),
    ),
    release: InstantSchema,
    conditions: z.array(
      z.object({
        text: z.string(),
        negativeTestsRequired: z.number().int().optional(),
        negativeTestsSeen: z.number().int().optional(),
        met: z.boolean().nullable(),
      }),
    ),
    outcome: z.enum(['scheduled', 'awaitingTests', 'positive', 'notRequired']),
    explanation: z.array(ExplanationStepSchema),
  })
  .meta({ id: 'QuarantinePlan', description: 'A quarantine plan with its explanation' });

// ─── Policy ────────────────────────────────────────────────────────────────────────────────────

/** Query of `GET /policy`. */
export const PolicyQuerySchema = z.strictObject({
  at: InstantOrDateSchema.optional(),
  jurisdiction: Text(32, 'jurisdiction').optional(),
});

/** One pack of `GET /policy`, without its rules' details. */
export const PolicySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    jurisdiction: z.string(),
    effective: z.object({ from: InstantSchema, until: InstantSchema.nullable() }),
    builtIn: z.boolean(),
    quarantineCategories: z.array(z.object({ id: z.string(), name: z.string() })),
    riskSchemes: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        levels: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    ),
    noQuarantine: z.boolean(),
    noRiskAreas: z.boolean(),
  })
  .meta({ id: 'PolicySummary' });

/** `GET /policy`: the packs (in force at `at` in `jurisdiction`, most precedent first, when asked). */
export const PolicyListSchema = z
  .object({
    at: InstantSchema.nullable(),
    jurisdiction: z.string().nullable(),
    packs: z.array(PolicySummarySchema),
  })
  .meta({ id: 'PolicyList', description: 'Policy packs' });

/** `GET /policy/{id}`: the whole pack. */
export const PolicyPackResponseSchema = PolicyPackSchema.meta({
  id: 'PolicyPack',
  description: 'A policy pack: rules in force in one jurisdiction and period, with citations',
});

/** The empty query of endpoints that take none. */
export const NoQuerySchema = z.strictObject({});
