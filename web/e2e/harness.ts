/**
 * What the browser tests share: a real server on a free loopback port over the UN list (with
 * screening and, if asked, keys), Debian's Chromium driven by playwright-core, a guard that aborts
 * and records every request leaving loopback, the axe-core accessibility check, and screenshots.
 * Chromium is not downloaded: `.ci/run` installs Debian's, and its absence is an error, not a skip.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { issueKey, type Role } from '../../src/auth/index.js';
import {
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from '../../src/server/server-fixture.js';
import type { Store } from '../../src/store/index.js';
import { type KeyStore, openKeyStore } from '../../src/store/keys/index.js';
import { openScreeningStore, type ScreeningStore } from '../../src/store/screening/index.js';
import { loadStore, repoRoot } from '../../src/testing/index.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install it with "apt-get install -y chromium"`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface Workbench {
  url: string;
  server: TestServer;
  repo: ScreeningStore;
  tokens: Record<Role, string>;
  close(): Promise<void>;
}

/**
 * A server with the UN list, screening, and (when `requireKeys`) a key of each role; `extra` adds
 * what a test brings of its own (a documents service with its cases).
 */
export async function startWorkbench(
  requireKeys: boolean,
  extra: Pick<TestServerOptions, 'documents'> = {},
): Promise<Workbench> {
  const { store, path } = await loadStore('un');
  const repo = openScreeningStore(path);
  const keys: KeyStore = openKeyStore(path);
  const tokens = {} as Record<Role, string>;
  for (const role of ['read', 'screen', 'admin'] as const) {
    const issued = issueKey(role, `${role} key`);
    await keys.insert(issued.stored);
    tokens[role] = issued.token;
  }
  const server = await startTestServer(store, {
    repo,
    keys,
    jobBatchSize: 5,
    config: { requireKeys },
    ...extra,
  });
  return {
    url: server.url,
    server,
    repo,
    tokens,
    close: () => closeAll(server, repo, keys, store),
  };
}

async function closeAll(server: TestServer, repo: ScreeningStore, keys: KeyStore, store: Store) {
  await server.close();
  await repo.close();
  await keys.close();
  await store.close();
}

/** Loopback hosts: the only ones a page of the workbench may reach. */
function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/**
 * A browser context whose requests are all seen: those to loopback go through, any other is
 * aborted and recorded in `outside` (a test asserts it stays empty), and `local` counts the rest
 * so that a test can see the guard was in the way of real traffic.
 */
export async function guardedContext(browser: Browser) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    acceptDownloads: true,
  });
  const outside: string[] = [];
  const seen = { local: 0 };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) {
      seen.local++;
      return route.continue();
    }
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!isLocal(request.url()) && !outside.includes(request.url())) outside.push(request.url());
  });
  return { context, outside, seen };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * The page checked by axe-core (WCAG 2.x A and AA rules, and best practices); the violations of
 * serious or critical impact. axe is evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern, so the policy under test stays as served.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(`${AXE_SOURCE};0`);
  const all = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`)) as Violation[];
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * A screenshot of the page: always taken (into a temporary folder), and written to docs/img/
 * when DOSSIER_UPDATE_SCREENSHOTS=1, so that an ordinary test run leaves the checkout alone.
 */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  const png = await page.screenshot({ fullPage: false });
  const dir =
    process.env.DOSSIER_UPDATE_SCREENSHOTS === '1'
      ? join(repoRoot, 'docs', 'img')
      : mkdtempSync(join(tmpdir(), 'dossier-shots-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), png);
  return png;
}

/** Whether bytes are a PNG image (the screenshot's signature). */
export function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}
