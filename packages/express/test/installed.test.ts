/**
 * What users get: the packed tarballs of core, jieba and express installed into an empty project
 * with npm (express from the registry), then a real server from ESM and CommonJS, and the types
 * from TypeScript.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InstalledProject, installPackedPackages } from '../../../tooling/packageCheck';

const core = fileURLToPath(new URL('../../core', import.meta.url));
const jieba = fileURLToPath(new URL('../../jieba', import.meta.url));
const expressPackage = fileURLToPath(new URL('..', import.meta.url));

const serve = `
const server = express().use('/fangkong', createFangkongRouter({ jurisdiction: 'CN-LN-DL' })).listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port + '/fangkong';
  const plan = await (await fetch(base + '/plans?category=closeContact&anchor=2021-06-01')).json();
  const missing = await fetch(base + '/policy/nope');
  console.log(JSON.stringify({ release: plan.release, status: missing.status, type: missing.headers.get('content-type') }));
  server.close();
});`;
const expected = {
  release: '2021-06-23T00:00:00+08:00',
  status: 404,
  type: 'application/problem+json; charset=utf-8',
};

describe('the packed tarball of express, installed into an empty project with express 5', () => {
  let project: InstalledProject;

  beforeAll(() => {
    project = installPackedPackages(
      [core, jieba, expressPackage],
      ['nodejieba'],
      ['express@5', '@types/express@5', '@types/node@20'],
    );
  }, 300_000);
  afterAll(() => project?.remove());

  it('serves from ESM', () => {
    const out = project.run(
      'serve.mjs',
      `import express from 'express';\nimport { createFangkongRouter } from '@fangkong/express';\n${serve}`,
    );
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('serves from CommonJS', () => {
    const out = project.run(
      'serve.cjs',
      `const express = require('express');\nconst { createFangkongRouter } = require('@fangkong/express');\n${serve}`,
    );
    expect(JSON.parse(out)).toEqual(expected);
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16', types: ['node'] }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', types: ['node'] }],
  ])('type-checks from TypeScript with %s resolution', (_label, options) => {
    const source = `import express from 'express';
import { createFangkongRouter, createMemoryStore, type ApiErrorCode, type FangkongRouter } from '@fangkong/express';
const router: FangkongRouter = createFangkongRouter({ store: createMemoryStore([]), origins: ['https://www.example.gov.cn'] });
express().use('/fangkong', router);
export const code: ApiErrorCode = 'NOT_FOUND';
`;
    expect(project.typecheck(source, options)).toBe('');
  });
});
