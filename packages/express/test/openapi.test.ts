import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, createFangkongHandler } from '../src/index';
import { ROUTES } from '../src/routes';

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document for @readme/openapi-parser', async () => {
    const document = buildOpenApiDocument();
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every route and method of the router, with its parameters', () => {
    const document = buildOpenApiDocument() as {
      paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
    };
    for (const route of ROUTES) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(Object.keys(document.paths[path] ?? {}).sort(), path).toEqual(
        Object.keys(route.methods)
          .map((method) => method.toLowerCase())
          .sort(),
      );
    }
    expect(document.paths['/series']!.get!.parameters.map((parameter) => parameter.name)).toEqual([
      'field',
      'region',
      'from',
      'to',
    ]);
    expect(document.paths['/risk-areas/{key}']!.get!.parameters[0]).toMatchObject({ name: 'key' });
  });

  it('is what GET /openapi.json serves', async () => {
    const response = await createFangkongHandler().handle({
      method: 'GET',
      path: '/openapi.json',
      query: '',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});
