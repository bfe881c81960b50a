// The bench's server process: a bare Express app with one "hello" route, and an Express app with
// the fangkong router (the BUILT package) over examples/data. Both on 127.0.0.1; prints the ports.
import { fileURLToPath } from 'node:url';
import express from 'express';
import { createDirectoryStore, createFangkongRouter } from '../dist/index.js';

const directory = fileURLToPath(new URL('../../../examples/data/', import.meta.url));

const bare = express();
bare.get('/hello', (_req, res) => {
  res.json({ hello: 'world' });
});
bare.get('/rss', (_req, res) => {
  res.json({ rss: process.memoryUsage().rss });
});

const app = express();
const store = createDirectoryStore({ directory, region: '大连市', watch: false });
await store.snapshot();
app.use('/fangkong', createFangkongRouter({ store, jurisdiction: 'CN-LN-DL' }));

const listen = (server) =>
  new Promise((resolve) => {
    const listening = server.listen(0, '127.0.0.1', () => resolve(listening.address().port));
  });
const [barePort, fangkongPort] = await Promise.all([listen(bare), listen(app)]);
process.send?.({ barePort, fangkongPort });
