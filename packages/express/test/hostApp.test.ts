import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createFangkongRouter } from '../src/index';
import { body } from './server';

describe('mounted in a host app that parses bodies itself', () => {
  it.each([
    ['express.json()', express.json()],
    ['express.text()', express.text({ type: 'text/*' })],
  ])('takes the body %s already read', async (_name, parser) => {
    const app = express();
    app.use(parser);
    app.use('/api', createFangkongRouter());
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
      const plan = await fetch(`${base}/plans`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          category: 'closeContact',
          anchor: '2021-06-01T15:00:00+08:00',
          jurisdiction: 'CN',
        }),
      });
      expect(plan.status).toBe(200);
      expect((await body(plan)).release).toBe('2021-06-23T00:00:00+08:00');
      const parsed = await fetch(`${base}/parse`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '2021年1月12日0时至24时，大连市无新增本地确诊病例。',
      });
      expect(parsed.status).toBe(200);
      expect((await body(parsed)).records[0].kind).toBe('dailyBulletin');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
