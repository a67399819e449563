import { describe, expect, it } from 'vitest';
import type { BestSplit } from '../../src/model/bestSplit';
import type { Curve } from '../../src/model/curve';
import { defaultScenario } from '../../src/model/params';
import type { CurveEngine, CurveRequest } from '../../src/engine/types';
import { CURVE_PREVIEW_RUNS, CurveState, REFERENCE_DELAY_MS, otherEffects } from '../../src/state/curve.svelte';
import { curveFixture } from '../ui/curve/fixture';

/**
 * A fake engine: each curve request waits until the test answers it; a request for a finished curve only
 * (cachedOnly) is answered at once by `finished` (null: none) and recorded in `probes`.
 */
function fakeEngine(finished: (req: CurveRequest) => Curve | null = () => null) {
  const probes: CurveRequest[] = [];
  const asked: {
    req: CurveRequest;
    answer: (c: Curve | null) => void;
    fail: (e: unknown) => void;
    cancelled: boolean;
  }[] = [];
  const splits: { answer: (b: BestSplit | null) => void; progress?: (p: { evaluations: number }) => void }[] = [];
  const engine = {
    curve(req: CurveRequest) {
      if (req.cachedOnly) {
        probes.push(req);
        return { promise: Promise.resolve(finished(req)), cancel: () => {} };
      }
      let answer!: (c: Curve | null) => void;
      let fail!: (e: unknown) => void;
      const promise = new Promise<Curve | null>((r, j) => ((answer = r), (fail = j)));
      const entry = { req, answer, fail, cancelled: false };
      asked.push(entry);
      return {
        promise,
        cancel: () => {
          entry.cancelled = true;
          answer(null);
        },
      };
    },
    bestSplit(_req: unknown, progress?: (p: { evaluations: number }) => void) {
      let answer!: (b: BestSplit | null) => void;
      const promise = new Promise<BestSplit | null>((r) => (answer = r));
      splits.push({ answer, progress: progress as (p: { evaluations: number }) => void });
      return { promise, cancel: () => answer(null) };
    },
  } as unknown as CurveEngine;
  return { engine, asked, splits, probes };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

const ask = (detect: number) => ({ scenario: { ...defaultScenario(), detect }, seed: '1', runs: 1000 });

/** A state that has asked for a curve and shows its full curve (none finished before: a preview, then the full one). */
async function fullCurveShown(engine: CurveEngine, asked: ReturnType<typeof fakeEngine>['asked']) {
  const s = new CurveState(engine);
  s.request(ask(1e6));
  await tick();
  asked[0].answer({ ...curveFixture(), runs: CURVE_PREVIEW_RUNS });
  await tick();
  asked[1].answer(curveFixture());
  await tick();
  return s;
}

describe('CurveState', () => {
  it('shows a preview, then the full curve, then asks for the reference under the other effects', async () => {
    const { engine, asked } = fakeEngine();
    const s = new CurveState(engine);
    s.request(ask(1e6));
    await tick(); // none finished before: computed
    expect(asked.map((a) => a.req.runs)).toEqual([CURVE_PREVIEW_RUNS]);
    const preview = { ...curveFixture(), runs: CURVE_PREVIEW_RUNS };
    asked[0].answer(preview);
    await tick();
    expect(s.curve).toEqual(preview);
    expect(s.final).toBe(false);
    expect(asked.map((a) => a.req.runs)).toEqual([CURVE_PREVIEW_RUNS, undefined]); // the model's runs at the top
    const full = curveFixture();
    asked[1].answer(full);
    await tick();
    expect(s.final).toBe(true);
    // the reference a moment later (a change made at once would not wait behind it); a change before drops it
    expect(asked).toHaveLength(2);
    await new Promise((r) => setTimeout(r, REFERENCE_DELAY_MS + 20));
    expect(asked[2].req.scenario.effects).toBe(otherEffects(defaultScenario().effects));
    expect(asked[2].req.scenario.effects).not.toBe(defaultScenario().effects);
    asked[2].answer(curveFixture({ reach: false }));
    await tick();
    expect(s.reference?.budgetFor['0.5']).toBeNull();
  });

  it('takes a curve finished before for the same levels at once: final, nothing computed, its reference too', async () => {
    const full = curveFixture();
    const reference = curveFixture({ reach: false });
    const { engine, asked, probes } = fakeEngine((req) =>
      req.scenario.effects === defaultScenario().effects ? full : reference,
    );
    const s = new CurveState(engine);
    s.request(ask(1e6));
    expect(s.checking).toBe(true);
    await tick();
    expect(s.checking).toBe(false);
    expect(probes.map((p) => [p.runs, p.scenario.effects])).toEqual([
      [undefined, defaultScenario().effects],
      [CURVE_PREVIEW_RUNS, otherEffects(defaultScenario().effects)],
    ]);
    expect(asked).toHaveLength(0);
    expect(s.curve).toBe(full);
    expect(s.final).toBe(true);
    expect(s.progress).toBeNull();
    expect(s.reference).toBe(reference);
  });

  it('a curve shown, then another split: not final at once, checked, then computed when none is finished', async () => {
    const { engine, asked, probes } = fakeEngine();
    const s = await fullCurveShown(engine, asked);
    expect(s.final).toBe(true);
    s.request(ask(2e6));
    // at once, before the lookup answers: the curve shown is not this split's
    expect(s.final).toBe(false);
    expect(s.checking).toBe(true);
    expect(s.progress).toBeNull();
    await tick();
    expect(s.checking).toBe(false);
    expect(probes).toHaveLength(2);
    expect(asked.map((a) => [a.req.scenario.detect, a.req.runs])).toEqual([
      [1e6, CURVE_PREVIEW_RUNS],
      [1e6, undefined],
      [2e6, CURVE_PREVIEW_RUNS],
    ]);
    // forgotten (the view left): no longer checking
    s.request(ask(3e6));
    s.reset();
    expect(s.checking).toBe(false);
    await tick();
    expect(asked).toHaveLength(3);
  });

  it('a finished curve without a finished reference asks the reference to be computed, a moment later', async () => {
    const full = curveFixture();
    const { engine, asked, probes } = fakeEngine((req) =>
      req.scenario.effects === defaultScenario().effects ? full : null,
    );
    const s = new CurveState(engine);
    s.request(ask(1e6));
    await tick();
    expect(s.final).toBe(true);
    expect(probes).toHaveLength(2);
    expect(asked).toHaveLength(0);
    await new Promise((r) => setTimeout(r, REFERENCE_DELAY_MS + 20));
    expect(asked.map((a) => [a.req.runs, a.req.scenario.effects])).toEqual([
      [CURVE_PREVIEW_RUNS, otherEffects(defaultScenario().effects)],
    ]);
  });

  it('a change right after the full curve drops the reference not yet asked', async () => {
    const { engine, asked } = fakeEngine();
    const s = await fullCurveShown(engine, asked);
    s.request(ask(2e6));
    await new Promise((r) => setTimeout(r, REFERENCE_DELAY_MS + 20));
    expect(asked.map((a) => [a.req.scenario.detect, a.req.scenario.effects])).toEqual([
      [1e6, defaultScenario().effects],
      [1e6, defaultScenario().effects],
      [2e6, defaultScenario().effects],
    ]);
  });

  it('latest wins: a new scenario cancels the curve in flight and its late answer is ignored', async () => {
    const { engine, asked } = fakeEngine();
    const s = new CurveState(engine);
    s.request(ask(1e6));
    await tick();
    s.request(ask(1e6)); // the same: nothing new
    await tick();
    expect(asked).toHaveLength(1);
    s.request(ask(2e6));
    await tick();
    expect(asked[0].cancelled).toBe(true);
    asked[0].answer(curveFixture({ reach: false }));
    await tick();
    expect(s.curve).toBeNull();
    asked[1].answer(curveFixture());
    await tick();
    expect(s.curve?.budgetFor['0.5']).not.toBeNull();
  });

  it('searches the best split with progress, and forgets it when the scenario changes', async () => {
    const { engine, splits } = fakeEngine();
    const s = new CurveState(engine);
    s.request(ask(1e6));
    s.findSplit(ask(1e6));
    expect(s.splitProgress).toBe(0);
    splits[0].progress?.({ evaluations: 7 });
    expect(s.splitProgress).toBe(7);
    splits[0].answer({ objective: 'helped-target-year' } as BestSplit);
    await tick();
    expect(s.split?.objective).toBe('helped-target-year');
    expect(s.splitProgress).toBeNull();
    s.request(ask(3e6));
    expect(s.split).toBeNull();
  });
});

describe('CurveState, compact', () => {
  it('stops after the preview when the full curve is not asked for', async () => {
    const { engine, asked } = fakeEngine();
    const s = new CurveState(engine);
    s.request(ask(1e6), false);
    asked[0].answer(curveFixture());
    await tick();
    expect(asked).toHaveLength(1);
    expect(s.curve).not.toBeNull();
    expect(s.final).toBe(false);
    // The curve view then asks for the full curve of the same scenario.
    s.request(ask(1e6));
    await tick();
    expect(asked.map((a) => a.req.runs)).toEqual([CURVE_PREVIEW_RUNS, CURVE_PREVIEW_RUNS]);
  });
});

describe('CurveState, a worker that fails', () => {
  it('asks again after a worker failure (twice at most), then shows the error', async () => {
    const { engine, asked } = fakeEngine();
    const s = new CurveState(engine);
    s.request(ask(1e6), false);
    const dead = Object.assign(new Error('The simulation worker gave no sign of life for 1003 ms.'), {
      code: 'worker-failed',
    });
    asked[0].fail(dead);
    await tick();
    expect(asked).toHaveLength(2);
    expect(s.error).toBeNull();
    asked[1].answer(curveFixture());
    await tick();
    expect(s.curve).not.toBeNull();
    // Failing every time: two more tries, then the error.
    s.request(ask(2e6), false);
    for (let i = 2; i < 5; i++) {
      asked[i].fail(dead);
      await tick();
    }
    expect(asked).toHaveLength(5);
    expect(s.error).toMatch(/no sign of life/);
    // Another kind of error is not retried.
    s.request(ask(3e6), false);
    asked[5].fail(Object.assign(new Error('bad'), { code: 'invalid-request' }));
    await tick();
    expect(asked).toHaveLength(6);
    expect(s.error).toBe('bad');
  });
});
