/** Global setup for the browser tests: finds Chromium and serves the built app (dist/) with vite preview. */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const chromium = findChromium();
  const server = await preview({ preview: { port: 4173, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4173/';
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('chromium', chromium);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}
