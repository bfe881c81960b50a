import * as z from 'zod';
import { STATUS_BY_CODE } from './errors';
import { ProblemSchema } from './schemas';
import { ROUTES } from './routes';

/** An OpenAPI 3.1 document (a plain JSON object). */
export type OpenApiDocument = Record<string, unknown> & { openapi: string; paths: Record<string, unknown> };

const REF = '#/components/schemas/';

/** Removes what a component of an OpenAPI document must not carry (`$schema`, `$id`). */
function component(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** A `$ref` to the component of a named schema (every body and response schema is named). */
function schemaOf(schema: z.ZodType): Record<string, unknown> {
  const id = z.globalRegistry.get(schema)?.id;
  if (id === undefined) throw new Error('every request body and response schema needs a `.meta({ id })`');
  return { $ref: `${REF}${id}` };
}

/** Points local `#/$defs/X` references at the document's components (every named schema is one). */
function toComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$defs' || key === '$schema') continue;
    out[key] =
      key === '$ref' && typeof item === 'string' ? item.replace('#/$defs/', REF) : toComponentRefs(item);
  }
  return out;
}

function queryParameters(schema: z.ZodType): unknown[] {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: toComponentRefs(property),
  }));
}

function problemResponse(code: keyof typeof STATUS_BY_CODE) {
  return {
    description: `${code}: an RFC 9457 problem`,
    content: { 'application/problem+json': { schema: { $ref: `${REF}Problem` } } },
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate its
 * requests and responses (`GET /openapi.json` serves it).
 *
 * @example
 * const document = buildOpenApiDocument();
 * document.openapi; // → '3.1.0'
 * Object.keys(document.paths).includes('/risk-areas/{key}'); // → true
 */
export function buildOpenApiDocument(): OpenApiDocument {
  // Every named schema the routes use, and the ones they refer to, become components.
  void ProblemSchema;
  const all = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (name) => `${REF}${name}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  const schemas: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(all.schemas)) schemas[name] = component(schema);

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const pathParameters = [...route.path.matchAll(/:(\w+)/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const item: Record<string, unknown> = {};
    for (const [method, operation] of Object.entries(route.methods)) {
      const responses: Record<string, unknown> = {
        '200': {
          description: operation.summary,
          content: { 'application/json': { schema: schemaOf(operation.response) } },
        },
        '400': problemResponse('INVALID_REQUEST'),
      };
      if (method === 'GET')
        responses['304'] = { description: 'Not modified (the ETag matched If-None-Match)' };
      for (const code of operation.errors) responses[String(STATUS_BY_CODE[code])] = problemResponse(code);
      responses['405'] = problemResponse('METHOD_NOT_ALLOWED');
      responses['500'] = problemResponse('INTERNAL_ERROR');
      const entry: Record<string, unknown> = {
        operationId: operation.operationId,
        summary: operation.summary,
        parameters: [...pathParameters, ...queryParameters(operation.query)],
        responses,
      };
      if (operation.body) {
        const content: Record<string, unknown> = { 'application/json': { schema: schemaOf(operation.body) } };
        if (operation.textBody) {
          content['text/plain'] = { schema: { type: 'string' } };
          content['text/html'] = { schema: { type: 'string' } };
        }
        entry.requestBody = { required: true, content };
      }
      item[method.toLowerCase()] = entry;
    }
    paths[path] = item;
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'openApi',
      summary: 'This document',
      responses: {
        '200': {
          description: 'The OpenAPI 3.1 document',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'fangkong API',
      version: '0.0.0',
      description:
        'Bulletins, risk areas, quarantine plans and policy packs of Chinese epidemic control, from @fangkong/express. Errors are RFC 9457 problem documents with a stable `code`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas },
  };
}
