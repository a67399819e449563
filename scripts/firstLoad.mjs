// The JavaScript the first screen loads before any user action (issue 22, point 6), derived from the build:
// the entry's static import graph (Vite's manifest, the same files as index.html's script and modulepreload
// links) plus the closure of every dynamic import the page makes on "/" without being asked (AUTO_LAZY). The
// workers are the model and are listed apart. tests/e2e/firstLoad.test.ts checks this set against what
// Chromium actually requests on "/" (desktop and phone), so the list below cannot go stale unnoticed.
import { readFileSync } from 'node:fs';

/**
 * Dynamic imports the page makes on "/" with no user action, by source module: none now (issue 22, point 6).
 * The next steps under the lead are in the first chunk (on the first screen, with the first result); the run
 * recommendation and the budget sliders' tops (src/model/runs.ts) come from the advice worker
 * (workers/advice.worker.ts; state/modelChunk.svelte.ts imports runs.ts only where there is no Worker); the parts
 * below the first screen (helped children, the details, the municipality, assumptions and share panels, the compact
 * curve and the engine's curve code) wait for the reader's first action or for their place to come into view
 * (ui/lazy.svelte.ts); tests/e2e/firstLoad.test.ts checks that they load when the page is scrolled. A dynamic
 * import the page makes unasked goes here, or that test fails.
 */
export const AUTO_LAZY = [];

/** Seed strings of the model's random streams (capacity.ts, sample.ts): model runtime where they appear. */
export const MODEL_MARKERS = ['halvera-pilot', 'halvera-strata'];

/**
 * The first load's files (paths under dist/, JavaScript only), each with where it comes from: 'entry' (the
 * static graph of index.html's script) or the AUTO_LAZY module that first pulls it in; `model` marks files
 * only the model's modules pull in (src/model/* dynamic entries) or that hold a model marker.
 */
export function firstLoad(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('no entry in the build manifest');
  const closure = (key, into = new Set()) => {
    if (into.has(key)) return into;
    if (!manifest[key]) throw new Error(`${key} is not in the build manifest (scripts/firstLoad.mjs AUTO_LAZY)`);
    into.add(key);
    for (const k of manifest[key].imports ?? []) closure(k, into);
    return into;
  };
  const from = new Map();
  for (const k of closure(entryKey)) from.set(manifest[k].file, 'entry');
  // A lazy module the bundler merged into a shared chunk has no key of its own: the chunk of that name that
  // some file imports dynamically stands for it.
  const dynamic = new Set(Object.values(manifest).flatMap((c) => c.dynamicImports ?? []));
  const keyOf = (m) => {
    if (manifest[m]) return m;
    const name = m.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    return [...dynamic].find((k) => manifest[k]?.name === name) ?? m;
  };
  const lazyKeys = new Map(AUTO_LAZY.map((m) => [m, closure(keyOf(m))]));
  for (const [m, keys] of lazyKeys)
    for (const k of keys) if (!from.has(manifest[k].file)) from.set(manifest[k].file, m);
  // Model-only files: pulled in by a src/model/* entry and by nothing that is not one.
  const byOthers = new Set([...closure(entryKey)]);
  for (const [m, keys] of lazyKeys) if (!m.startsWith('src/model/')) for (const k of keys) byOthers.add(k);
  const modelOnly = new Set();
  for (const [m, keys] of lazyKeys)
    if (m.startsWith('src/model/')) for (const k of keys) if (!byOthers.has(k)) modelOnly.add(manifest[k].file);
  return [...from].map(([file, source]) => {
    const text = readFileSync(`${dist}/${file}`, 'utf8');
    const markers = MODEL_MARKERS.filter((m) => text.includes(m));
    return { file, source, model: modelOnly.has(file) || markers.length > 0, markers };
  });
}
