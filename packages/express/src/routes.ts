/**
 * The endpoints: for each path and method, the schemas of the query, body and response, the cache
 * policy, and a plain async function that computes the answer. The handler runs them and the
 * OpenAPI document is generated from this same table.
 */
import {
  type PolicyPack,
  extractRecords,
  toChinaInstant,
  jurisdictionCovers,
  millisFromInstant,
  packsInForce,
  planQuarantine,
  type QuarantinePlanInput,
} from '@fangkong/core';
import type * as z from 'zod';
import { resolveOfficial, searchAreas } from './_internal/areaSearch';
import {
  type Derived,
  figureValue,
  figuresOf,
  isNewer,
  mainRegion,
  nextChangeAfter,
  periodAt,
  sameRegion,
  type DatedBulletin,
} from './_internal/derived';
import { instantOf } from './_internal/instants';
import { downgradeChain } from './_internal/riskRules';
import { ApiError } from './errors';
import {
  AreaSearchQuerySchema,
  AreaSearchSchema,
  BulletinDocumentSchema,
  BulletinListQuerySchema,
  BulletinListSchema,
  LatestBulletinSchema,
  LatestQuerySchema,
  NoQuerySchema,
  ParseQuerySchema,
  ParseRequestSchema,
  ParseResponseSchema,
  PlanQuerySchema,
  PlanRequestSchema,
  PolicyListSchema,
  PolicyPackResponseSchema,
  PolicyQuerySchema,
  QuarantinePlanSchema,
  RiskAreaDetailSchema,
  RiskAreaQuerySchema,
  RiskAreasQuerySchema,
  RiskAreaTableSchema,
  SeriesQuerySchema,
  SeriesSchema,
} from './schemas';
import type { StoreSnapshot, StoredDocument } from './store/types';

/** What an operation is given. */
export interface OperationContext<Q, B> {
  query: Q;
  body: B | undefined;
  params: Record<string, string>;
  /** The current instant, epoch milliseconds. */
  now: number;
  data(): Promise<{ snapshot: StoreSnapshot; derived: Derived }>;
  packs: readonly PolicyPack[];
  isBuiltIn(pack: PolicyPack): boolean;
  jurisdiction: string;
  areaWithin: string | undefined;
  listSize: number;
}

/** What an operation answers: the value, and until when it holds when it depends on the clock. */
export interface OperationResult {
  value: unknown;
  /** Epoch ms after which a cached answer must be recomputed (clock-dependent answers). */
  validUntil?: number;
}

/** One method of one path. */
export interface Operation {
  operationId: string;
  summary: string;
  query: z.ZodType;
  /** The JSON body schema; `textBody` also accepts `text/plain` and `text/html`. */
  body?: z.ZodType;
  textBody?: boolean;
  response: z.ZodType;
  /** `data`: depends on the store (short max-age); `static`: on the packs only; `none`: not cached. */
  cache: 'data' | 'static' | 'none';
  /** The error codes it may answer besides INVALID_REQUEST. */
  errors: (
    | 'NOT_FOUND'
    | 'NO_POLICY_IN_FORCE'
    | 'MALFORMED_JSON'
    | 'PAYLOAD_TOO_LARGE'
    | 'UNSUPPORTED_MEDIA_TYPE'
  )[];
  // biome-ignore lint/suspicious/noExplicitAny: each operation narrows its own query and body
  run(context: OperationContext<any, any>): Promise<OperationResult>;
}

/** A path of the API, with `:name` parameters. */
export interface Route {
  path: string;
  methods: Partial<Record<'GET' | 'POST', Operation>>;
}

function documentSummary(document: StoredDocument) {
  const counts: Record<string, number> = {};
  for (const record of document.records) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
  return {
    id: document.id,
    name: document.name,
    format: document.format,
    reference: document.reference,
    updatedAt: document.updatedAt,
    counts,
    warningCount:
      document.warnings.length + document.records.reduce((sum, record) => sum + record.warnings.length, 0),
  };
}

function newestFirst(documents: readonly StoredDocument[]): StoredDocument[] {
  const key = (document: StoredDocument) =>
    document.reference === null ? 0 : millisFromInstant(document.reference);
  return [...documents].sort((a, b) => key(b) - key(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

function planValue(
  input: QuarantinePlanInput,
  packId: string | undefined,
  context: OperationContext<unknown, unknown>,
) {
  if (packId !== undefined) {
    const pack = context.packs.find((item) => item.id === packId);
    if (!pack)
      throw new ApiError('NOT_FOUND', `No policy pack "${packId}"`, {
        issues: [{ path: ['packId'], message: `unknown pack; see GET /policy for the ids` }],
      });
    input.pack = pack;
  } else {
    input.jurisdiction ??= context.jurisdiction;
    input.packs = context.packs;
  }
  return planQuarantine(input);
}

const bulletinsRoute: Route = {
  path: '/bulletins',
  methods: {
    GET: {
      operationId: 'listBulletins',
      summary: 'The stored documents, newest first; `include=problems` adds the files that were skipped',
      query: BulletinListQuerySchema,
      response: BulletinListSchema,
      cache: 'data',
      errors: [],
      async run({ query, data, listSize }) {
        const { snapshot } = await data();
        const offset = query.offset ?? 0;
        const limit = Math.min(query.limit ?? listSize, listSize);
        const documents = newestFirst(snapshot.documents);
        const value: z.infer<typeof BulletinListSchema> = {
          total: documents.length,
          documents: documents.slice(offset, offset + limit).map(documentSummary),
        };
        if (query.include === 'problems') value.problems = [...snapshot.problems];
        return { value };
      },
    },
  },
};

const latestRoute: Route = {
  path: '/bulletins/latest',
  methods: {
    GET: {
      operationId: 'latestBulletin',
      summary: 'The daily bulletin with the latest period (of `region` if given), with its figures',
      query: LatestQuerySchema,
      response: LatestBulletinSchema,
      cache: 'data',
      errors: ['NOT_FOUND'],
      async run({ query, data }) {
        const { derived } = await data();
        let best: DatedBulletin | null = null;
        for (const item of derived.bulletins) {
          if (query.region !== undefined && !sameRegion(item.region, query.region)) continue;
          if (!best || item.endMs > best.endMs || (item.endMs === best.endMs && isNewer(item, best)))
            best = item;
        }
        if (!best)
          throw new ApiError(
            'NOT_FOUND',
            query.region === undefined
              ? 'The store holds no daily bulletin'
              : `No daily bulletin of ${query.region}`,
            {
              issues:
                query.region === undefined
                  ? []
                  : [{ path: ['query', 'region'], message: 'no bulletin of this region' }],
            },
          );
        const { bulletin } = best;
        return {
          value: {
            documentId: best.documentId,
            region: bulletin.region,
            period: bulletin.period,
            date: best.date,
            publishedAt: bulletin.publishedAt,
            figures: figuresOf(bulletin),
            bulletin,
          },
        };
      },
    },
  },
};

const bulletinRoute: Route = {
  path: '/bulletins/:id',
  methods: {
    GET: {
      operationId: 'getBulletin',
      summary: 'One stored document with every record extracted from it',
      query: NoQuerySchema,
      response: BulletinDocumentSchema,
      cache: 'data',
      errors: ['NOT_FOUND'],
      async run({ params, data }) {
        const { snapshot } = await data();
        const document = snapshot.documents.find((item) => item.id === params.id);
        if (!document)
          throw new ApiError('NOT_FOUND', `No bulletin "${params.id}"`, {
            issues: [{ path: ['params', 'id'], message: 'unknown id; see GET /bulletins' }],
          });
        return {
          value: { ...documentSummary(document), records: document.records, warnings: document.warnings },
        };
      },
    },
  },
};

const seriesRoute: Route = {
  path: '/series',
  methods: {
    GET: {
      operationId: 'series',
      summary:
        'Daily values of one figure for charts: one point per day, the latest-published bulletin of the day',
      query: SeriesQuerySchema,
      response: SeriesSchema,
      cache: 'data',
      errors: [],
      async run({ query, data, listSize }) {
        const { derived } = await data();
        const region = query.region ?? mainRegion(derived);
        const byDate = new Map<string, DatedBulletin>();
        for (const item of derived.bulletins) {
          if (region !== null && !sameRegion(item.region, region)) continue;
          if (query.from !== undefined && item.date < query.from) continue;
          if (query.to !== undefined && item.date > query.to) continue;
          const held = byDate.get(item.date);
          if (!held || isNewer(item, held)) byDate.set(item.date, item);
        }
        const points = [...byDate.values()]
          .sort((a, b) => (a.date < b.date ? -1 : 1))
          .slice(-listSize)
          .map((item) => ({
            date: item.date,
            value: figureValue(item.bulletin, query.field),
            documentId: item.documentId,
          }));
        return {
          value: { field: query.field, region, from: query.from ?? null, to: query.to ?? null, points },
        };
      },
    },
  },
};

const riskAreasRoute: Route = {
  path: '/risk-areas',
  methods: {
    GET: {
      operationId: 'riskAreas',
      summary:
        'The level of every known area at `at` (default: now), from the risk changes and unsealings in the store',
      query: RiskAreasQuerySchema,
      response: RiskAreaTableSchema,
      cache: 'data',
      errors: [],
      async run({ query, data, now, listSize }) {
        const { derived } = await data();
        const atMs = query.at === undefined ? now : millisFromInstant(instantOf(query.at));
        const areas = [];
        for (const track of derived.tracks) {
          if (query.scheme !== undefined && track.scheme !== query.scheme) continue;
          const period = periodAt(track, atMs);
          if (!period || (query.level !== undefined && period.level !== query.level)) continue;
          areas.push({
            area: track.area,
            code: track.code,
            key: track.key,
            scheme: track.scheme,
            level: period.level,
            since: period.from,
            documentId: period.event.source?.documentId ?? null,
          });
        }
        const result: OperationResult = {
          value: { at: toChinaInstant(atMs), total: areas.length, areas: areas.slice(0, listSize) },
        };
        if (query.at === undefined) result.validUntil = nextChangeAfter(derived, atMs);
        return result;
      },
    },
  },
};

const riskAreaRoute: Route = {
  path: '/risk-areas/:key',
  methods: {
    GET: {
      operationId: 'riskArea',
      summary:
        'One area (by division code or full name): its history, its level at `at` and its earliest downgrade chain with the reasons',
      query: RiskAreaQuerySchema,
      response: RiskAreaDetailSchema,
      cache: 'data',
      errors: ['NOT_FOUND'],
      async run({ query, params, data, now, packs, jurisdiction }) {
        const { derived } = await data();
        const key = params.key ?? '';
        const tracks = derived.tracks.filter(
          (track) =>
            (track.key === key || track.code === key || track.area === key) &&
            (query.scheme === undefined || track.scheme === query.scheme),
        );
        if (tracks.length === 0)
          throw new ApiError(
            'NOT_FOUND',
            `No known area "${key}"${query.scheme ? ` in scheme ${query.scheme}` : ''}`,
            {
              issues: [
                {
                  path: ['params', 'key'],
                  message: 'not a code or full name the store knows; see GET /areas?q=',
                },
              ],
            },
          );
        const atMs = query.at === undefined ? now : millisFromInstant(instantOf(query.at));
        const at = toChinaInstant(atMs);
        // Several schemes (a risk level and a closed management): the one changed last before `at`.
        const track = tracks.reduce((best, item) => {
          const latest = (candidate: typeof item) =>
            periodAt(candidate, atMs)?.fromMs ?? Number.NEGATIVE_INFINITY;
          return latest(item) > latest(best) ? item : best;
        });
        const period = periodAt(track, atMs);
        const history = track.periods.map((item) => ({
          level: item.level,
          from: item.from,
          until: item.until,
          kind: item.event.kind,
          documentId: item.event.source?.documentId ?? null,
        }));
        const index = period ? track.periods.indexOf(period) : -1;
        const previous = index > 0 ? track.periods[index - 1]!.level : period?.event.fromLevel;
        const downgrade = period
          ? downgradeChain({
              packs,
              jurisdiction,
              scheme: track.scheme,
              level: period.level,
              since: period.from,
              ...(previous !== undefined ? { enteredFrom: previous } : {}),
              ...(query.lastCaseAt !== undefined ? { lastCaseAt: instantOf(query.lastCaseAt) } : {}),
              at,
            })
          : {
              packId: null,
              lowestLevel: null,
              lowestAt: null,
              steps: [],
              stoppedBy: `No record gives the level of this area at ${at}.`,
            };
        const result: OperationResult = {
          value: {
            area: track.area,
            code: track.code,
            scheme: track.scheme,
            at,
            level: period?.level ?? null,
            since: period?.from ?? null,
            history,
            downgrade,
          },
        };
        if (query.at === undefined)
          result.validUntil = Math.min(nextChangeAfter(derived, atMs), atMs + 60_000);
        return result;
      },
    },
  },
};

const areasRoute: Route = {
  path: '/areas',
  methods: {
    GET: {
      operationId: 'searchAreas',
      summary:
        'Known areas whose names hold the words of `q` (jieba search tokens), and the official division `q` resolves to',
      query: AreaSearchQuerySchema,
      response: AreaSearchSchema,
      cache: 'data',
      errors: [],
      async run({ query, data, areaWithin }) {
        const { derived } = await data();
        const hits = await searchAreas(derived, query.q, query.limit ?? 20);
        return {
          value: {
            q: query.q,
            areas: hits.map(({ track, score }) => ({
              area: track.area,
              code: track.code,
              key: track.key,
              scheme: track.scheme,
              level: track.periods[track.periods.length - 1]!.level,
              score,
            })),
            resolved: await resolveOfficial(query.q, areaWithin),
          },
        };
      },
    },
  },
};

const plansRoute: Route = {
  path: '/plans',
  methods: {
    GET: {
      operationId: 'planFromQuery',
      summary: 'A quarantine plan with its explanation (`anchor` may be a date: 00:00 China time)',
      query: PlanQuerySchema,
      response: QuarantinePlanSchema,
      cache: 'static',
      errors: ['NOT_FOUND', 'NO_POLICY_IN_FORCE'],
      async run(context) {
        const { query } = context;
        const input: QuarantinePlanInput = { category: query.category, anchor: instantOf(query.anchor) };
        if (query.jurisdiction !== undefined) input.jurisdiction = query.jurisdiction;
        if (query.rulesAt !== undefined) input.rulesAt = instantOf(query.rulesAt);
        return { value: planValue(input, query.packId, context) };
      },
    },
    POST: {
      operationId: 'plan',
      summary: 'A quarantine plan with test results and events (a case in the facility, identified late)',
      query: NoQuerySchema,
      body: PlanRequestSchema,
      response: QuarantinePlanSchema,
      cache: 'none',
      errors: [
        'NOT_FOUND',
        'NO_POLICY_IN_FORCE',
        'MALFORMED_JSON',
        'PAYLOAD_TOO_LARGE',
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      async run(context) {
        const body = context.body as z.infer<typeof PlanRequestSchema>;
        const input: QuarantinePlanInput = { category: body.category, anchor: body.anchor };
        if (body.jurisdiction !== undefined) input.jurisdiction = body.jurisdiction;
        if (body.rulesAt !== undefined) input.rulesAt = body.rulesAt;
        if (body.tests !== undefined) input.tests = body.tests;
        if (body.events !== undefined) input.events = body.events;
        return { value: planValue(input, body.packId, context) };
      },
    },
  },
};

function policySummary(pack: PolicyPack, builtIn: boolean) {
  return {
    id: pack.id,
    title: pack.title,
    jurisdiction: pack.jurisdiction,
    effective: pack.effective,
    builtIn,
    quarantineCategories: pack.rules.quarantine.map((category) => ({ id: category.id, name: category.name })),
    riskSchemes: pack.rules.riskSchemes.map((scheme) => ({
      id: scheme.id,
      name: scheme.name,
      levels: scheme.levels.map((level) => ({ id: level.id, name: level.name })),
    })),
    noQuarantine: pack.rules.noQuarantine === true,
    noRiskAreas: pack.rules.noRiskAreas === true,
  };
}

const policyRoute: Route = {
  path: '/policy',
  methods: {
    GET: {
      operationId: 'listPolicy',
      summary: 'The policy packs; with `at` (and `jurisdiction`), those in force, most precedent first',
      query: PolicyQuerySchema,
      response: PolicyListSchema,
      cache: 'static',
      errors: [],
      async run({ query, packs, isBuiltIn, jurisdiction }) {
        let list: readonly PolicyPack[] = packs;
        const at = query.at === undefined ? null : instantOf(query.at);
        if (at !== null) list = packsInForce(at, query.jurisdiction ?? jurisdiction, packs);
        else if (query.jurisdiction !== undefined)
          list = packs.filter((pack) => jurisdictionCovers(pack.jurisdiction, query.jurisdiction!));
        return {
          value: {
            at: at === null ? null : toChinaInstant(millisFromInstant(at)),
            jurisdiction: at !== null ? (query.jurisdiction ?? jurisdiction) : (query.jurisdiction ?? null),
            packs: list.map((pack) => policySummary(pack, isBuiltIn(pack))),
          },
        };
      },
    },
  },
};

const policyPackRoute: Route = {
  path: '/policy/:id',
  methods: {
    GET: {
      operationId: 'getPolicyPack',
      summary: 'One policy pack, whole: rules, citations and notes',
      query: NoQuerySchema,
      response: PolicyPackResponseSchema,
      cache: 'static',
      errors: ['NOT_FOUND'],
      async run({ params, packs }) {
        const pack = packs.find((item) => item.id === params.id);
        if (!pack)
          throw new ApiError('NOT_FOUND', `No policy pack "${params.id}"`, {
            issues: [{ path: ['params', 'id'], message: 'unknown pack; see GET /policy for the ids' }],
          });
        return { value: pack };
      },
    },
  },
};

const parseRoute: Route = {
  path: '/parse',
  methods: {
    POST: {
      operationId: 'parse',
      summary:
        'Extract records and warnings from a document: JSON `{ text }`, or the text itself as text/plain or text/html',
      query: ParseQuerySchema,
      body: ParseRequestSchema,
      textBody: true,
      response: ParseResponseSchema,
      cache: 'none',
      errors: ['MALFORMED_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
      async run({ query, body }) {
        const request = body as z.infer<typeof ParseRequestSchema>;
        const reference = request.reference ?? query.reference;
        const region = request.region ?? query.region;
        const result = extractRecords(request.text, {
          ...(reference !== undefined ? { reference } : {}),
          ...(region !== undefined ? { region } : {}),
        });
        return { value: { records: result.records, warnings: result.warnings } };
      },
    },
  },
};

/** Every route but `/openapi.json` (which the handler serves from this table). */
export const ROUTES: readonly Route[] = [
  parseRoute,
  bulletinsRoute,
  latestRoute,
  bulletinRoute,
  seriesRoute,
  riskAreasRoute,
  riskAreaRoute,
  areasRoute,
  plansRoute,
  policyRoute,
  policyPackRoute,
];
