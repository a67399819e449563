/**
 * What decides the answer over the worker pool (issue 23; in the curve's lazy chunk: engine/curve.ts re-exports it).
 * The tornado's ends are independent pieces spread over the workers: one central piece (the central run, the
 * economics-only ends from its children and the variance shares) and one piece per other end. First a preview with
 * `previewRuns`, then the full runs (settled), then the thresholds of the top assumptions (one piece each).
 * Each piece is a full run in a worker, its signs of life passed on every 50 runs (the watchdog).
 */
import { proxy } from 'comlink';
import { THRESHOLD_AIM, thresholdCandidates } from '../model/sensitivityRun';
import { assembleTornado, tornadoEnds } from '../model/tornadoEnds';
import type { Outcomes, Threshold, Tornado } from '../model/sensitivityRun';
import type { VarianceShares } from '../model/varianceShares';
import { CURVE_PRIORITY } from './defaults';
import { deferred } from './deferred';
import type { Piece, Pool } from './pool';
import type { EngineError } from './types';
import type { SensitivityHandle, SensitivityProgress, SensitivityRequest } from './types';

/** Runs in the tornado's preview. */
export const SENSITIVITY_PREVIEW_RUNS = 100;
/** Thresholds sought (the top assumptions by swing in the chance), each at the current and the top budget. */
export const THRESHOLD_COUNT = 2;

export function requestSensitivity(
  pool: Pool,
  req: SensitivityRequest,
  onProgress?: (p: SensitivityProgress) => void,
): SensitivityHandle {
  const owner = {};
  let over = false;
  const { promise, settle, reject } = deferred<SensitivityProgress | null>();
  const list = tornadoEnds(req.scenario);
  const fail = (e: EngineError) => {
    if (over) return;
    over = true;
    pool.remove(owner);
    reject(e);
  };

  /** One phase: its pieces handed out one by one; `done` when all have answered. */
  function phase(pieces: Piece[], done: () => void) {
    let left = pieces.length;
    const queue = [...pieces];
    const wrap =
      (p: Piece): Piece =>
      async (api, alive) => {
        await p(api, alive);
        if (!over && --left === 0) done();
      };
    pool.add({
      owner,
      priority: CURVE_PRIORITY,
      take: () => (over ? null : queue.length ? wrap(queue.shift()!) : null),
      failed: fail,
    });
  }

  function tornadoPhase(runs: number, then: (t: Tornado, shares: VarianceShares | null) => void) {
    const ends = new Map<string, Outcomes>();
    let central: Outcomes | null = null;
    let shares: VarianceShares | null = null;
    const pieces: Piece[] = [
      async (api, alive) => {
        const c = await api.sensitivityCentral(req.scenario, req.seed, runs, proxy(alive));
        central = c.central;
        shares = c.shares;
        for (const e of c.ends) ends.set(`${e.id}:${e.end}`, e.outcomes);
      },
    ];
    for (const e of list.filter((x) => x.route === 'full'))
      pieces.push(async (api, alive) => {
        const o = await api.sensitivityEnd(req.scenario, req.seed, runs, e.as.id, e.value, proxy(alive));
        ends.set(`${e.as.id}:${e.end}`, o);
      });
    phase(pieces, () => then(assembleTornado(req.scenario, req.seed, runs, central!, ends), shares));
  }

  const publish = (p: SensitivityProgress) => {
    if (!over) onProgress?.(p);
  };
  const previewRuns = Math.min(req.runs, req.previewRuns ?? SENSITIVITY_PREVIEW_RUNS);
  const full = () =>
    tornadoPhase(req.runs, (t, shares) => {
      const settled: SensitivityProgress = { tornado: t, shares, thresholds: null, preview: false, final: false };
      publish(settled);
      const cands = thresholdCandidates(t, THRESHOLD_COUNT);
      const out: (Threshold | null)[] = [];
      const pieces: Piece[] = [];
      cands.forEach((row, i) =>
        (['current', 'top'] as const).forEach((budget, j) =>
          pieces.push(async (api, alive) => {
            out[2 * i + j] = await api.sensitivityThreshold(
              req.scenario,
              req.seed,
              req.runs,
              row.id,
              budget,
              proxy(alive),
            );
          }),
        ),
      );
      const finish = () => {
        if (over) return;
        const last: SensitivityProgress = {
          ...settled,
          thresholds: out.filter((x): x is Threshold => x !== null),
          final: true,
        };
        publish(last);
        over = true;
        settle(last);
      };
      if (req.thresholds === false || pieces.length === 0) finish();
      else phase(pieces, finish);
    });
  if (previewRuns < req.runs)
    tornadoPhase(previewRuns, (t, shares) => {
      publish({ tornado: t, shares, thresholds: null, preview: true, final: false });
      full();
    });
  else full();

  return {
    promise,
    cancel() {
      if (over) return;
      over = true;
      pool.remove(owner);
      settle(null);
    },
  };
}

export { THRESHOLD_AIM };
