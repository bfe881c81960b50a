// Bounded load test of the BUILT @fangkong/express against a bare Express "hello" route, in one run:
// requests/s as a ratio to the bare app (target ≥ 0.8 for GETs), p99 latency, errors (target 0),
// and the server's resident memory before and after. 127.0.0.1 only; fixed short durations.
// Run: npx -y pnpm@10.34.8 bench (or `node packages/express/bench/run.mjs` after a build).
import { fork } from 'node:child_process';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

const child = fork(new URL('./server.mjs', import.meta.url), {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const { barePort, fangkongPort } = await new Promise((resolve, reject) => {
  child.once('message', resolve);
  child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
const bare = `http://127.0.0.1:${barePort}`;
const api = `http://127.0.0.1:${fangkongPort}/fangkong`;
const rss = async () => (await (await fetch(`${bare}/rss`)).json()).rss / 1024 / 1024;

const run = (url, options = {}, duration = DURATION) =>
  autocannon({ url, connections: CONNECTIONS, duration, ...options }).then((result) => ({
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }));

const targets = [
  ['GET /risk-areas', `${api}/risk-areas`],
  ['GET /plans', `${api}/plans?category=closeContact&anchor=2021-06-01`],
  ['GET /bulletins/latest', `${api}/bulletins/latest`],
];
const planBody = JSON.stringify({ category: 'closeContact', anchor: '2021-06-01T15:00:00+08:00' });

try {
  // Warm-up: JIT, caches, the first extraction.
  for (const [, url] of targets) await run(url, {}, 1);
  await run(`${bare}/hello`, {}, 1);
  const rssBefore = await rss();

  // The bare app is measured before and after each endpoint, and each ratio is to the mean of the
  // two beside it: on a shared machine the load drifts within a run.
  const hellos = [await run(`${bare}/hello`)];
  const results = [];
  for (const [name, url] of targets) {
    const result = await run(url);
    hellos.push(await run(`${bare}/hello`));
    results.push([name, result, (hellos.at(-2).rps + hellos.at(-1).rps) / 2]);
  }
  const post = await run(`${api}/plans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: planBody,
  });
  hellos.push(await run(`${bare}/hello`));
  results.push(['POST /plans (no target)', post, (hellos.at(-2).rps + hellos.at(-1).rps) / 2]);
  const rssAfter = await rss();

  console.log(`\n@fangkong/express load (${CONNECTIONS} connections, ${DURATION} s each, 127.0.0.1)`);
  console.log(
    `bare Express hello, before and after each endpoint: ${hellos.map((hello) => hello.rps.toFixed(0)).join(', ')} req/s`,
  );
  console.log('endpoint                 req/s   ratio   p99 ms   errors');
  let failed = hellos.some((hello) => hello.errors > 0);
  for (const [name, result, hello] of results) {
    const ratio = result.rps / hello;
    const isGet = name.startsWith('GET');
    if (result.errors > 0) failed = true;
    console.log(
      `${name.padEnd(24)} ${result.rps.toFixed(0).padStart(6)}   ${ratio.toFixed(2)}${isGet && ratio < 0.8 ? '!' : ' '}  ${String(result.p99).padStart(6)}   ${result.errors}`,
    );
  }
  console.log(`server RSS: ${rssBefore.toFixed(1)} MB before, ${rssAfter.toFixed(1)} MB after`);
  console.log('(! = below the 0.8 target for GETs; errors must be 0)');
  if (failed) process.exitCode = 1;
} finally {
  child.kill();
}
