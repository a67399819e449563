/**
 * Golden SVGs: render a component on the server, keep its first <svg>, round long decimals, and compare
 * with tests/ui/charts/__golden__/<name>.svg. A mismatch writes <name>-changed.svg next to it and fails;
 * a missing file is written and fails (pass with UPDATE_GOLDEN=1 after looking at it).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');

/** Server-rendered HTML of a component. */
export function html<P extends object>(component: Component<P>, props: NoInfer<P>): string {
  return render(component as unknown as Component<Record<string, unknown>>, {
    props: props as Record<string, unknown>,
  }).body;
}

/** The first <svg>…</svg> of some markup, with Svelte's hydration comments and class hashes removed. */
export function svgOf(markup: string): string {
  const start = markup.indexOf('<svg');
  const end = markup.indexOf('</svg>', start);
  if (start < 0 || end < 0) throw new Error('no <svg> in the rendered markup');
  return markup
    .slice(start, end + 6)
    .replace(/<!--[^>]*-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100))
    .replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"')
    .replace(/></g, '>\n<');
}

export function expectGolden(name: string, svg: string): void {
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  const text = svg + '\n';
  if (!existsSync(file)) {
    writeFileSync(file, text);
    if (process.env.UPDATE_GOLDEN === '1') return;
    expect.fail(`golden ${name}.svg was missing and has been written: look at it, then re-run`);
  }
  const want = readFileSync(file, 'utf8');
  if (want === text) {
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, text);
    return;
  }
  writeFileSync(changed, text);
  expect.fail(`${name}.svg differs from the golden file: compare with ${name}-changed.svg`);
}
