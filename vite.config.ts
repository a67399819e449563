import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy (README, "Publishing"): only this origin's own files; no inline script or
 * style, no third party; blob: images for the chart downloads. Set in the built page only (the dev server
 * injects styles as <style> elements). `frame-ancestors` cannot be set in a meta tag: hosts set it as a header.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const csp = (): Plugin => ({
  name: 'halvera-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    ),
});

/** Browser test files that measure wall time on the main thread: run alone, after the others (see below). */
const E2E_TIMING = ['tests/e2e/engine.test.ts', 'tests/e2e/hostile.test.ts'];

export default defineConfig({
  // Relative URLs: dist/ runs from any path (a municipality's sub-folder) without rebuilding.
  base: './',
  plugins: [
    svelte(),
    csp(),
    // Offline after the first visit: a Workbox service worker precaches the built files (registered in
    // src/main.ts, no inline script). A new version waits until every tab of the old one is closed, so the
    // next visit gets it whole and no page ever mixes old and new files.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        // Every link is the same page with another query: serve the cached index.html for any query.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  // The manifest (dist/.vite/manifest.json) gives scripts/firstLoad.mjs the chunk graph; Workbox skips dot folders.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // The first screen's modules (the entry's static graph) in one chunk, not twenty that the lazy parts share:
    // one request and one compression window (issue 22, point 6: 3 kB gzip -9 less than the same code in 20 files).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first', tags: ['$initial'] }] } } },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // English and the parts below the first screen are lazy chunks in the page; Node tests load them up
          // front (the browser tests need none of it: the page loads its own).
          setupFiles: ['tests/setup.ts'],
          sequence: { groupOrder: 0 },
          // One module graph per worker, not per file: 30 s instead of 50 s here. The tests share no module
          // state that matters (each resets its timers and mocks); a test that needs isolation says so.
          isolate: false,
        },
      },
      // The browser tests: one build (dist/), one Chromium and one preview server for both projects below
      // (tests/e2e/setup.ts starts them once). Each file opens its own contexts and pages, so files are
      // independent. Most run three files at a time ('e2e'); the files that measure wall time on the main
      // thread (long tasks while a slider is dragged, a dead worker's answer within 3 s of an ordinary change)
      // run afterwards one at a time, alone on the machine's share of the browser ('e2e-timing', group 2).
      // Run one file with `npx vitest run --project 'e2e*' tests/e2e/<file>.test.ts`.
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: E2E_TIMING,
          environment: 'node',
          globalSetup: ['tests/e2e/setup.ts'],
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-timing',
          include: E2E_TIMING,
          environment: 'node',
          globalSetup: ['tests/e2e/setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
