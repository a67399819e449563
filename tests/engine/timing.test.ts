import { describe, expect, it } from 'vitest';
import { DEFAULTS, tuning } from '../../src/engine/defaults';
import {
  PREVIEW_COST_MAX,
  PREVIEW_FIRST,
  PREVIEW_MAX,
  PREVIEW_MIN,
  PARTIAL_LEFT_FACTOR,
  Timing,
  partialDue,
  previewSize,
} from '../../src/engine/timing';
import { defaultScenario } from '../../src/model/params';
import type { RunRequest } from '../../src/engine/types';

const req: RunRequest = { scenario: defaultScenario(), seed: 's', runs: 1000 };
const big: RunRequest = { ...req, scenario: { ...req.scenario, births: 100_000 } };

describe('Timing', () => {
  it('learns chunks and previews apart; a preview not yet timed takes the chunks’ cost', () => {
    const t = new Timing();
    expect(t.get(req)).toBeUndefined();
    expect(t.get(req, 'preview')).toBeUndefined();
    t.add(req, 40, 12); // chunks: 0.3 ms a run
    expect(t.get(req)).toBeCloseTo(0.3, 10);
    expect(t.get(req, 'preview')).toBeCloseTo(0.3, 10);
    t.add(req, 10, 8, 'preview'); // the preview: 0.8 ms a run
    expect(t.get(req, 'preview')).toBeCloseTo(0.8, 10);
    expect(t.get(req)).toBeCloseTo(0.3, 10);
    t.add(req, 40, 20); // chunks leave the preview's own cost alone
    expect(t.get(req, 'preview')).toBeCloseTo(0.8, 10);
    expect(t.get(req)).toBeCloseTo(0.3 * 0.6 + 0.5 * 0.4, 10);
  });

  it('takes a preview to cost at most PREVIEW_COST_MAX times a chunk (a cold first preview does not stick)', () => {
    const t = new Timing();
    t.add(req, 32, 480, 'preview'); // the first preview after load: 15 ms a run
    expect(t.get(req, 'preview')).toBeCloseTo(15, 10); // no chunk timed yet: as measured
    t.add(req, 40, 12); // warm chunks: 0.3 ms a run
    expect(t.get(req, 'preview')).toBeCloseTo(0.3 * PREVIEW_COST_MAX, 10);
    // previews at 0.5 ms a run: the average falls below the cap and is then taken as it is
    for (let k = 0; k < 12; k++) t.add(req, 10, 5, 'preview');
    expect(t.get(req, 'preview')).toBeCloseTo(0.5 + 14.5 * 0.6 ** 12, 10);
  });

  it('keeps size classes apart and ignores empty or broken timings', () => {
    const t = new Timing();
    t.add(req, 10, 5, 'preview');
    expect(t.get(big, 'preview')).toBeUndefined();
    t.add(req, 0, 5, 'preview');
    t.add(req, 10, Number.NaN, 'preview');
    expect(t.get(req, 'preview')).toBeCloseTo(0.5, 10);
  });
});

describe('previewSize', () => {
  const opts = tuning({});
  it('fills the time budget at the learned cost, within PREVIEW_MIN .. PREVIEW_MAX', () => {
    expect(previewSize(opts, undefined)).toBe(PREVIEW_FIRST);
    expect(previewSize(opts, 1)).toBe(DEFAULTS.previewMs); // 8 ms at 1 ms a run
    expect(previewSize(opts, 0.5)).toBe(2 * DEFAULTS.previewMs);
    expect(previewSize(opts, 2.5)).toBe(Math.max(PREVIEW_MIN, Math.round(DEFAULTS.previewMs / 2.5)));
    expect(previewSize(opts, 50)).toBe(PREVIEW_MIN);
    expect(previewSize(opts, 0.001)).toBe(PREVIEW_MAX);
  });
  it('takes a fixed count when one is asked for', () => {
    expect(previewSize(tuning({ previewRuns: 7 }), 10)).toBe(7);
  });
});

describe('partialDue', () => {
  const opts = tuning({});
  const interval = DEFAULTS.partialIntervalMs;
  it('publishes a partial result only when the last is an interval old and the runs left take two intervals or more', () => {
    // 0.25 ms a run on one worker: 1 000 runs left take 250 ms (final near: no partial), 2 000 take 500 ms
    expect(partialDue(opts, 0.25, interval, 1000, 1)).toBe(false);
    expect(partialDue(opts, 0.25, interval, 2000, 1)).toBe(true);
    expect(partialDue(opts, 0.25, interval - 1, 2000, 1)).toBe(false);
    // the boundary, and the work shared by the workers
    const runs = (interval * PARTIAL_LEFT_FACTOR) / 0.25;
    expect(partialDue(opts, 0.25, interval, runs, 1)).toBe(true);
    expect(partialDue(opts, 0.25, interval, runs - 1, 1)).toBe(false);
    expect(partialDue(opts, 0.25, interval, runs, 2)).toBe(false);
    // cost not yet known: due
    expect(partialDue(opts, undefined, interval, 10, 1)).toBe(true);
  });
});
