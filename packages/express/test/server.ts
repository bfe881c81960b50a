/** Starts real Express apps on 127.0.0.1 for the tests. */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { createFangkongRouter } from '../src/index';
import type { FangkongRouterOptions } from '../src/options';

export const exampleData = fileURLToPath(new URL('../../../examples/data/', import.meta.url));

/** A copy of `examples/data` (documents only) in a fresh temporary folder. */
export function copyOfExampleData(): string {
  const directory = mkdtempSync(join(tmpdir(), 'fangkong-store-'));
  for (const file of readdirSync(exampleData)) {
    if (/\.(txt|html?)$/.test(file)) cpSync(join(exampleData, file), join(directory, file));
  }
  return directory;
}

export interface RunningServer {
  base: string;
  port: number;
  app: Express;
  close(): Promise<void>;
}

/** An Express app with a route of its own and the fangkong router under `/fangkong`, listening on 127.0.0.1. */
export async function startServer(options: FangkongRouterOptions): Promise<RunningServer> {
  const app = express();
  app.get('/host-route', (_req, res) => {
    res.json({ host: true });
  });
  app.use('/fangkong', createFangkongRouter(options));
  const server = await new Promise<ReturnType<Express['listen']>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/fangkong`,
    port,
    app,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` until it returns true or `millis` pass. */
export async function eventually(check: () => Promise<boolean>, millis = 10_000): Promise<void> {
  const until = Date.now() + millis;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not true within ${millis} ms`);
}

// biome-ignore lint/suspicious/noExplicitAny: the tests check answers field by field
export type Json = any;

/** The JSON body of a response. */
export async function body(response: Response | Promise<Response>): Promise<Json> {
  return (await response).json();
}
