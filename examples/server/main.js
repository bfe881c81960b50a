// The demo server: an Express app that mounts the fangkong router over the example documents and
// serves the demo page (examples/gov-site) with the widget's bundle, under a strict CSP.
// `npx -y pnpm@10.34.8 start` at the repository root builds everything and starts it.
// PORT picks the port (default 8080; 0 takes a free one). It listens on 127.0.0.1 only.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

// The page and the widget's <script src> bundles, same origin as the API, so the page's policy
// allows nothing but 'self': no inline script or style, no other host, Trusted Types required.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
const widgetDist = join(
  dirname(createRequire(import.meta.url).resolve('@fangkong/widget/package.json')),
  'dist',
);
const site = fileURLToPath(new URL('../gov-site/public/', import.meta.url));
const pageHeaders = (res) => {
  res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.set('X-Content-Type-Options', 'nosniff');
  res.set('Referrer-Policy', 'no-referrer');
};
for (const bundle of ['fangkong-widget.global.js', 'fangkong-quarantine.global.js']) {
  app.get(`/widget/${bundle}`, (_req, res) => {
    pageHeaders(res);
    res.sendFile(join(widgetDist, bundle));
  });
}
app.use(express.static(site, { setHeaders: pageHeaders }));

const port = Number(process.env.PORT ?? 8080);
const server = app.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  console.log(`fangkong demo server on ${url}/`);
  console.log(`  the demo page (examples/gov-site): ${url}/  (English: ${url}/?lang=en)`);
  console.log(`  the API: ${url}/fangkong/openapi.json, e.g. ${url}/fangkong/bulletins/latest`);
  console.log(`    ${url}/fangkong/series?field=newLocalConfirmed`);
  console.log(`    ${url}/fangkong/risk-areas?at=2021-11-22`);
  console.log(`    ${url}/fangkong/plans?category=closeContact&anchor=2021-06-01`);
});

const stop = () => {
  server.close();
  void store.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
