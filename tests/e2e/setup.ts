/**
 * Global setup for the browser tests: one Chromium (a Playwright browser server that every test file
 * connects to), one vite preview of the built app (dist/), and a tiny host page on a second origin (another
 * port) for the embed tests. Each file opens its own browser contexts, so files stay isolated.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { HOST_PAGE } from './hostPage';

interface Shared {
  baseUrl: string;
  wsEndpoint: string;
  hostUrl: string;
  close: () => Promise<unknown>;
}
// Both browser-test projects (vite.config.ts: 'e2e' and 'e2e-timing') name this file; Vitest runs each project's
// global setup in its one main process, so the first call starts the browser and the servers and the others
// share them (counted, closed by the last teardown).
const shared = globalThis as unknown as { halveraE2E?: { ready: Promise<Shared>; users: number } };

async function start(): Promise<Shared> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const executablePath = findChromium();
  const [browserServer, server, host] = await Promise.all([
    chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true }),
    preview({ preview: { port: 4173, strictPort: false, open: false }, logLevel: 'warn' }),
    startHost(),
  ]);
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4173/';
  return {
    baseUrl: url.replace(/\/$/, ''),
    wsEndpoint: browserServer.wsEndpoint(),
    hostUrl: `http://127.0.0.1:${(host.address() as { port: number }).port}`,
    close: () => Promise.all([browserServer.close(), server.close(), new Promise((r) => host.close(r))]),
  };
}

export default async function setup(project: TestProject) {
  const entry = (shared.halveraE2E ??= { ready: start(), users: 0 });
  entry.users++;
  const s = await entry.ready;
  project.provide('baseUrl', s.baseUrl);
  project.provide('wsEndpoint', s.wsEndpoint);
  project.provide('hostUrl', s.hostUrl);
  return async () => {
    if (--entry.users > 0) return;
    shared.halveraE2E = undefined;
    await s.close();
  };
}

/** Serves the host page (any path) on 127.0.0.1 at a free port: a different origin from the app's. */
function startHost(): Promise<Server> {
  const s = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(HOST_PAGE);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    hostUrl: string;
  }
}
