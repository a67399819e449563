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
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    testTimeout: 30_000,
    // English and the parts below the first screen are lazy chunks in the page; Node tests load them up front.
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // One module graph per worker, not per file: 30 s instead of 50 s here. The tests share no module
          // state that matters (each resets its timers and mocks); a test that needs isolation says so.
          isolate: false,
        },
      },
      {
        // One file at a time: two at once measured no faster with Chromium 150 and much slower with 156 (its
        // --headless is the full browser), and the timing tests (long tasks, watchdog deadlines, playing the
        // years) measure wall time.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
