// The demo server: an Express app that mounts the fangkong router over the example documents.
// Start it with `npx -y pnpm@10.34.8 --filter @fangkong/example-server start` (after a build).
// PORT picks the port (default 8080; 0 takes a free one). It listens on 127.0.0.1 only.
import { fileURLToPath } from 'node:url';
import { createDirectoryStore, createFangkongRouter } from '@fangkong/express';
import express from 'express';

const directory = fileURLToPath(new URL('../data/', import.meta.url));
const store = createDirectoryStore({
  directory,
  region: '大连市',
  logger: (entry) => {
    if (entry.level !== 'info') console.error(`[${entry.level}] ${entry.event}: ${entry.message}`);
  },
});

const app = express();
app.disable('x-powered-by');
app.use(
  '/fangkong',
  createFangkongRouter({
    store,
    jurisdiction: 'CN-LN-DL',
    areaWithin: '大连市',
    origins: (process.env.FANGKONG_ORIGINS ?? '').split(',').filter(Boolean),
  }),
);
app.get('/', (_req, res) => {
  res
    .type('text/plain; charset=utf-8')
    .send('fangkong demo server: the API is under /fangkong (see /fangkong/openapi.json)\n');
});

const port = Number(process.env.PORT ?? 8080);
const server = app.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  console.log(`fangkong demo server on ${url}/`);
  console.log(`  try ${url}/fangkong/bulletins/latest`);
  console.log(`      ${url}/fangkong/series?field=newLocalConfirmed`);
  console.log(`      ${url}/fangkong/risk-areas?at=2021-11-22`);
  console.log(`      ${url}/fangkong/plans?category=closeContact&anchor=2021-06-01`);
});

const stop = () => {
  server.close();
  void store.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
