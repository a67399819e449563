import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../src/engine/types';
import type { SimResult } from '../../../src/model/types';
import Results from '../../../src/ui/results/Results.svelte';
import { html } from '../charts/golden';
import { fixture, scaled } from '../fixtures';

function progress(result: SimResult, final = true): Progress {
  return {
    request: { scenario: result.scenario, seed: result.seed, runs: result.runs },
    result,
    runsDone: final ? result.runs : 200,
    runsTotal: result.runs,
    preview: !final,
    final,
  };
}

const root = (body: string) => body.match(/<section[^>]*data-testid="results"[^>]*>/)?.[0] ?? '';

describe('Results (server-rendered)', () => {
  it('shows a calm loading state while there is no result', () => {
    const body = html(Results, { lang: 'sv', progress: null, reference: null, pinned: null });
    expect(root(body)).not.toBe('');
    expect(root(body)).not.toContain('data-runs');
    expect(body).toContain('Räknar fram resultatet');
    expect(body).not.toContain('<svg');
  });

  it('carries the envelope, runs and final flag on its root element', () => {
    const r = fixture('hedemora');
    const s = r.scenario;
    const body = html(Results, { lang: 'sv', progress: progress(r), reference: null, pinned: null });
    expect(root(body)).toContain(`data-envelope="${s.detect + s.parent + s.firstline + s.school}"`);
    expect(root(body)).toContain(`data-runs="${r.runs}"`);
    expect(root(body)).toContain('data-final="true"');
  });

  it('draws every chart with role="img", a summary and a table alternative', () => {
    const body = html(Results, {
      lang: 'sv',
      progress: progress(fixture('hedemora')),
      reference: null,
      pinned: null,
      names: { plan: 'Hedemoras plan', municipality: 'Hedemora' },
    });
    for (const c of ['halving', 'helped', 'cohort', 'contributions', 'cashflow'])
      expect(body).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-label="[^"]+"[^>]*data-chart="${c}"`));
    expect(body.match(/<details/g)).toHaveLength(5);
    expect(body.match(/<table/g)).toHaveLength(5);
    // Every table starts closed (the payer table used to open expanded), municipality first.
    expect(body).not.toMatch(/<details class="data-table[^"]*" open/);
    // The words a reader may not know have their (?) beside them, closed: 90 % of futures, present value, capacity.
    for (const term of ['futures90', 'npv', 'capacity']) expect(body).toContain(`data-explain="${term}"`);
    expect(body).not.toContain('aria-expanded="true"');
    expect(body).toContain('data-account="municipality"');
    // The lead names the plan once (not "Hedemoras plan i Hedemora"); the details with the range follow the chart.
    expect(body).toMatch(/aria-live="polite"[^>]*>Hedemoras plan – ungefär ett barn till per årskull blir behörigt\./);
    expect(body).toMatch(/data-figure="chance"[\s\S]*data-testid="result-details"[^>]*>I genomsnitt 0,92 färre barn/);
    expect(body).toContain('i 7 av 10 simulerade framtider');
    expect(body).toContain('data-testid="no-plan-chance"');
    expect(body).toContain('En typisk framtid');
    expect(body).not.toContain('data-testid="compare"');
    expect(body).not.toContain('data-testid="reference-note"');
  });

  it('overlays A and compares side by side when a scenario is pinned', () => {
    const r = fixture('hedemora');
    const body = html(Results, {
      lang: 'sv',
      progress: progress(r),
      reference: null,
      pinned: { label: 'A', result: scaled(r, 1.2) },
    });
    expect(body).toContain('data-series="pinned"');
    expect(body).toContain('data-testid="compare"');
  });

  it('draws the default-assumptions reference and says so when assumptions changed', () => {
    const r = fixture('hedemora');
    const body = html(Results, { lang: 'en', progress: progress(r), reference: scaled(r, 0.8), pinned: null });
    expect(body).toContain('data-series="reference"');
    expect(body).toMatch(/data-testid="reference-note"[^>]*>You have changed assumptions/);
  });

  it('shows refinement progress while runs are still coming in', () => {
    const body = html(Results, {
      lang: 'sv',
      progress: progress(fixture('hedemora'), false),
      reference: null,
      pinned: null,
    });
    expect(root(body)).toContain('data-final="false"');
    expect(body).toMatch(/Förfinar: 200 av 2\u00a0000 simulerade framtider/);
  });
});
