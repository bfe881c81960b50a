import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// The built package as users get it, from ESM and from CommonJS, in a fresh process: it serves a
// request over HTTP, and importing it loads neither nodejieba nor the division table.
const script = (load: string) => `
${load}
const server = app().listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port + '/fangkong';
  const plan = await (await fetch(base + '/plans?category=closeContact&anchor=2021-06-01')).json();
  const missing = await fetch(base + '/policy/nope');
  console.log(JSON.stringify({
    release: plan.release,
    problem: missing.headers.get('content-type'),
    jieba: jieba.isJiebaLoaded(),
  }));
  server.close();
});`;

const esm = script(`
import express from 'express';
import * as jieba from '@fangkong/jieba';
import { createFangkongRouter } from '@fangkong/express';
const app = () => express().use('/fangkong', createFangkongRouter());`);

const cjs = script(`
const express = require('express');
const jieba = require('@fangkong/jieba');
const { createFangkongRouter } = require('@fangkong/express');
const app = () => express().use('/fangkong', createFangkongRouter());`);

describe.each([
  ['ESM', ['--input-type=module', '-e', esm]],
  ['CommonJS', ['--input-type=commonjs', '-e', cjs]],
])('the built package from %s', (_name, args) => {
  it('serves a plan and a problem, without loading nodejieba', () => {
    expect(existsSync(`${packageDir}dist/index.js`), 'run `pnpm build` first').toBe(true);
    const out = execFileSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({
      release: '2021-06-23T00:00:00+08:00',
      problem: 'application/problem+json; charset=utf-8',
      jieba: false,
    });
  });
});
