/**
 * Follows each getting-started page as a reader would, from packed tarballs in an empty project:
 * saves the files the page shows, runs the commands after its install step in order, and compares
 * what each prints with what the page says it prints. A page that drifts from the packages fails here.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tooling/chromium';
import { type InstalledProject, installPackedPackages } from '../../tooling/packageCheck';
import { type DocsPage, type PageStep, readDocsPage } from './markdownPage';

const packageDir = (name: string) => fileURLToPath(new URL(`../../packages/${name}`, import.meta.url));
const [core, jieba, cli, express, widget] = ['core', 'jieba', 'cli', 'express', 'widget'].map(packageDir) as [
  string,
  string,
  string,
  string,
  string,
];

/** Every page's examples use port 8080; each test serves on a free port and rewrites the URLs. */
const PAGE_ADDRESS = '127.0.0.1:8080';

function requireTool(name: string, install: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`The getting-started pages use \`${name}\`, which is not installed: ${install}`);
  }
}

function saveFiles(project: InstalledProject, page: DocsPage, paths?: string[]): void {
  for (const file of page.files) {
    if (paths && !paths.includes(file.path)) continue;
    mkdirSync(dirname(join(project.dir, file.path)), { recursive: true });
    writeFileSync(join(project.dir, file.path), file.content);
  }
}

/** Runs one step in the project with bash (stdout only; stderr is where the warnings go). */
function runStep(project: InstalledProject, step: PageStep, port?: number): string {
  const command =
    port === undefined ? step.command : step.command.replaceAll(PAGE_ADDRESS, `127.0.0.1:${port}`);
  return execFileSync('bash', ['-o', 'pipefail', '-c', command], {
    cwd: project.dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
}

const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

/** Type-checks the page's JavaScript files in the project as strict TypeScript (`checkJs`); returns tsc's output, empty when clean. */
function typecheckJs(project: InstalledProject, files: string[], types: string[]): string {
  const compilerOptions = {
    strict: true,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    module: 'nodenext',
    target: 'es2022',
    types,
  };
  writeFileSync(join(project.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
      cwd: project.dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: unknown }).stdout ?? error);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts `node <file>` as the page says, on `port`, and resolves once it prints its address. */
function startServer(project: InstalledProject, file: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [file], {
    cwd: project.dir,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${file} did not start in 30 s: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`${file} exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess | undefined): void {
  if (child && child.exitCode === null) child.kill();
}

/** A plain static file server for a folder, standing in for `npx http-server` (no download in a test). */
function serveFolder(folder: string, port: number): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^\/+/,
      '',
    );
    const file = join(folder, path === '' ? 'index.html' : path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Opens `url` in Chromium and returns the text of `selector`'s shadow root once it contains `expected`, and the CSP violations seen. */
async function shadowText(url: string, selector: string, expected: string, type?: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ timezoneId: 'America/New_York' });
    await page.addInitScript(() => {
      (globalThis as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (globalThis as unknown as { violations: string[] }).violations.push(event.violatedDirective);
      });
    });
    await page.goto(url);
    if (type !== undefined) {
      await page.locator(`${selector} input`).first().fill(type);
      await page.keyboard.press('Enter');
    }
    const element = page.locator(selector);
    await expect
      .poll(() => element.evaluate((node) => node.shadowRoot?.textContent ?? ''), { timeout: 20_000 })
      .toContain(expected);
    const text = await element.evaluate((node) => node.shadowRoot?.textContent ?? '');
    const violations = await page.evaluate(
      () => (globalThis as unknown as { violations: string[] }).violations,
    );
    return { text, violations };
  } finally {
    await browser.close();
  }
}

describe('docs/getting-started/npm.md, followed from the packed tarball', () => {
  const page = readDocsPage('getting-started/npm.md');
  let project: InstalledProject;
  beforeAll(() => {
    project = installPackedPackages([core]);
  }, 180_000);
  afterAll(() => project?.remove());

  it('runs every command after the install and prints what the page shows', () => {
    saveFiles(project, page);
    expect(page.files.map((file) => file.path)).toEqual(['extract.mjs', 'plan.mjs']);
    expect(page.steps.map((step) => step.command)).toEqual(['node extract.mjs', 'node plan.mjs']);
    for (const step of page.steps) expect(runStep(project, step)).toBe(step.expected);
    expect(typecheckJs(project, ['extract.mjs', 'plan.mjs'], [])).toBe('');
  });

  it('installs the JSON Schemas the docs point editors at (node_modules/@fangkong/core/schema/…)', () => {
    for (const name of ['policy-pack.schema.json', 'records.schema.json']) {
      expect(existsSync(join(project.dir, 'node_modules/@fangkong/core/schema', name)), name).toBe(true);
    }
  });
});

describe('docs/getting-started/cli.md, followed from the packed tarballs', () => {
  const page = readDocsPage('getting-started/cli.md');
  let project: InstalledProject;
  beforeAll(() => {
    requireTool('jq', 'apt-get install -y jq');
    project = installPackedPackages([core, jieba, cli], ['nodejieba']);
  }, 180_000);
  afterAll(() => project?.remove());

  it('runs every command after the install and prints what the page shows', () => {
    saveFiles(project, page);
    expect(page.steps.filter((step) => step.expected !== undefined).length).toBeGreaterThanOrEqual(5);
    for (const step of page.steps) {
      const output = runStep(project, step);
      if (step.expected !== undefined) expect(output, step.command).toBe(step.expected);
    }
  });
});

describe('docs/getting-started/express.md and widget.md, followed from the packed tarballs', () => {
  const expressPage = readDocsPage('getting-started/express.md');
  const widgetPage = readDocsPage('getting-started/widget.md');
  let project: InstalledProject;
  let server: ChildProcess | undefined;
  beforeAll(() => {
    requireTool('jq', 'apt-get install -y jq');
    requireTool('curl', 'apt-get install -y curl');
    project = installPackedPackages(
      [core, jieba, express, widget],
      ['nodejieba'],
      ['express@5', '@types/express@5', '@types/node@20'],
    );
    mkdirSync(join(project.dir, 'public'));
    execFileSync('cp', ['node_modules/@fangkong/widget/dist/fangkong-widget.global.js', 'public/'], {
      cwd: project.dir,
    });
  }, 180_000);
  afterAll(() => {
    stop(server);
    project?.remove();
  });

  it('express.md: the app starts and every curl prints what the page shows', async () => {
    saveFiles(project, expressPage);
    const [start, ...asks] = expressPage.steps;
    expect(start?.command).toBe('node server.mjs');
    const port = await freePort();
    server = await startServer(project, 'server.mjs', port);
    expect(asks.length).toBeGreaterThanOrEqual(5);
    for (const step of asks) expect(runStep(project, step, port), step.command).toBe(step.expected);
    stop(server);
    expect(typecheckJs(project, ['server.mjs'], ['node'])).toBe('');
  });

  it('widget.md step 2: the calculator alone on the static page, under its CSP, shows the release', async () => {
    const [staticPage] = widgetPage.files;
    expect(staticPage?.path).toBe('public/index.html');
    writeFileSync(join(project.dir, 'public/index.html'), staticPage?.content ?? '');
    expect(widgetPage.steps[0]?.command).toMatch(/^npx http-server@14 public /);
    const release = '解除时间: 2021年1月16日 00:00（北京时间）';
    expect(widgetPage.text).toContain(release);
    const port = await freePort();
    const files = await serveFolder(join(project.dir, 'public'), port);
    try {
      const { violations } = await shadowText(`http://127.0.0.1:${port}/`, 'fangkong-quarantine', release);
      expect(violations).toEqual([]);
    } finally {
      files.close();
    }
  });

  it('widget.md step 4: the page and the router from one app; the latest bulletin and a lookup', async () => {
    saveFiles(project, expressPage, [
      'bulletins/2021-01-11.txt',
      'bulletins/2021-01-12.txt',
      'bulletins/2021-11-23-risk.txt',
    ]);
    saveFiles(project, widgetPage, ['site.mjs']);
    writeFileSync(join(project.dir, 'public/index.html'), widgetPage.files[1]?.content ?? '');
    expect(widgetPage.steps[1]?.command).toBe('node site.mjs');
    const port = await freePort();
    server = await startServer(project, 'site.mjs', port);
    const url = `http://127.0.0.1:${port}/`;
    const latest = await shadowText(url, 'fangkong-latest', '累计确诊病例51');
    expect(latest.violations).toEqual([]);
    expect(widgetPage.text).toContain('type `海洋村刘亮屯` and it answers 低风险 since 2021年11月23日 00:00');
    const lookup = await shadowText(url, 'fangkong-risk-lookup', '低风险', '海洋村刘亮屯');
    expect(lookup.text).toContain('2021年11月23日 00:00');
    expect(lookup.violations).toEqual([]);
    stop(server);
    expect(typecheckJs(project, ['site.mjs'], ['node'])).toBe('');
  });
});
