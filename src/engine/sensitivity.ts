/**
 * What decides the answer over the workers (issue 23; in the curve's lazy chunk: engine/curve.ts re-exports it).
 * The tornado's ends are independent pieces spread over every worker of the pools given (the page gives both of its
 * pools: the sensitivity view asks no result and no curve, so both are free): one central piece (the central run and,
 * in the same pass, every end it can give: model/tornadoEnds.ts `endRoute`; the variance shares) handed out first,
 * it being the longest, then one piece per other end. First a preview with `previewRuns`, then the full runs
 * (settled), then the thresholds of the top assumptions: each search (model/thresholdSearch.ts) one evaluation per
 * value in pieces of 100 runs (25 at the top budget), so a change of the scenario waits for at most one such piece per worker. At the scenario's own budget the
 * search's two ends are the tornado's ends (the same runs: exact).
 * Each piece is a full run set in a worker, its signs of life passed on every 50 runs (the watchdog).
 */
import { proxy } from 'comlink';
import { assumptionsOf } from '../model/sensitivity';
import { THRESHOLD_AIM, ThresholdSearch } from '../model/thresholdSearch';
import type { Threshold } from '../model/thresholdSearch';
import { assembleTornado, tornadoPieces } from '../model/tornadoEnds';
import { thresholdCandidates } from '../model/tornadoOrder';
import type { Outcomes, Tornado } from '../model/tornadoOrder';
import type { VarianceShares } from '../model/varianceShares';
import { CURVE_PRIORITY } from './defaults';
import { deferred } from './deferred';
import type { Job, Piece, Pool } from './pool';
import type { EngineError } from './types';
import type { SensitivityHandle, SensitivityProgress, SensitivityRequest } from './types';

/** Runs in the tornado's preview. */
export const SENSITIVITY_PREVIEW_RUNS = 100;
/** Runs per piece of a threshold's evaluation (the top budget's runs are slow: all of Sweden's several seconds per 100). */
export const THRESHOLD_PIECE_RUNS = { current: 100, top: 25 } as const;
/** Thresholds sought (the top assumptions by swing in the chance), each at the current and the top budget. */
export const THRESHOLD_COUNT = 2;

/**
 * One queue of pieces shared by a job in each pool: a worker of any pool takes the next piece. Pieces may be added
 * later (the next step of a search); a pool whose job found the queue empty gets the job again.
 */
function sharedQueue(pools: readonly Pool[], owner: object, failed: (e: EngineError) => void) {
  const queue: Piece[] = [];
  const listed = pools.map(() => false);
  const jobs: Job[] = pools.map((_, i) => ({
    owner,
    priority: CURVE_PRIORITY,
    take: () => {
      const p = queue.shift();
      if (!p) listed[i] = false;
      return p ?? null;
    },
    failed,
  }));
  return {
    push(...pieces: Piece[]) {
      queue.push(...pieces);
      pools.forEach((pool, i) => {
        if (listed[i] || queue.length === 0) return;
        listed[i] = true;
        pool.add(jobs[i]);
      });
    },
    clear() {
      queue.length = 0;
      listed.fill(false);
      for (const pool of pools) pool.remove(owner);
    },
  };
}

export function requestSensitivity(
  pools: Pool | readonly Pool[],
  req: SensitivityRequest,
  onProgress?: (p: SensitivityProgress) => void,
): SensitivityHandle {
  let over = false;
  /** The attempt running: a worker that went silent costs a fresh start on fresh workers, at most twice (as a result's run). */
  let attempt = 0;
  const { promise, settle, reject } = deferred<SensitivityProgress | null>();
  const poolList: readonly Pool[] = Array.isArray(pools) ? pools : [pools as Pool];
  const queueFor = (gen: number) =>
    sharedQueue(poolList, {}, (e: EngineError) => {
      if (over || gen !== attempt) return;
      work.clear();
      if (e.silent && attempt < 2) {
        attempt++;
        work = queueFor(attempt);
        return start();
      }
      over = true;
      reject(e);
    });
  let work = queueFor(0);
  /** Every worker the pools may start: the tornado's partial ends are shared among as many passes. */
  const workers = poolList.reduce((t, p) => t + p.size, 0);

  /** A piece that calls `then` once it has answered (unless the request is over). */
  const piece = (p: Piece, then: () => void): Piece => {
    const gen = attempt;
    return async (api, alive) => {
      await p(api, alive);
      if (!over && gen === attempt) then();
    };
  };

  function tornadoPhase(runs: number, then: (t: Tornado, shares: VarianceShares | null) => void) {
    const ends = new Map<string, Outcomes>();
    let central: Outcomes | null = null;
    let shares: VarianceShares | null = null;
    const pieces = tornadoPieces(req.scenario, workers);
    let left = pieces.length;
    const done = () => {
      if (--left === 0) then(assembleTornado(req.scenario, req.seed, runs, central!, ends), shares);
    };
    work.push(
      ...pieces.map((tp) =>
        piece(async (api, alive) => {
          const p = await api.sensitivityPiece(req.scenario, req.seed, runs, tp, proxy(alive));
          if (p.central) [central, shares] = [p.central, p.shares];
          for (const e of p.ends) ends.set(`${e.id}:${e.end}`, e.outcomes);
        }, done),
      ),
    );
  }

  /** The thresholds: each search's asks as pieces, the next asks once all of them are answered. */
  function thresholdPhase(t: Tornado, finish: (out: Threshold[]) => void) {
    const cands = thresholdCandidates(t, THRESHOLD_COUNT);
    const list = assumptionsOf(req.scenario);
    const searches = cands.flatMap((row) =>
      (['current', 'top'] as const).map((budget) => {
        const as = list.find((a) => a.id === row.id)!;
        const q = new ThresholdSearch(as, req.runs, budget, THRESHOLD_AIM);
        if (budget === 'current') {
          q.total = req.scenario.detect + req.scenario.parent + req.scenario.firstline + req.scenario.school;
          q.tell([row.atLow.chance, row.atHigh.chance]); // the tornado's ends: the same runs
        }
        return q;
      }),
    );
    const check = () => {
      if (searches.every((q) => q.done)) finish(searches.map((q) => q.result()));
    };
    const R = req.runs;
    const ask = (q: ThresholdSearch) => {
      const values = q.asks();
      if (values.length === 0) return check();
      // Each value's runs in pieces (THRESHOLD_PIECE_RUNS; the runs reaching the target add up: exact), so a change of
      // the scenario waits for at most one such piece per worker (the top budget of all of Sweden is slow per run).
      const reaching = values.map(() => 0);
      const pieces: Piece[] = [];
      let left = 0;
      values.forEach((v, k) => {
        const size = THRESHOLD_PIECE_RUNS[q.budget];
        for (let from = 0; from < R; from += size) {
          const to = Math.min(R, from + size);
          left++;
          pieces.push(
            piece(
              async (api) => {
                const a = await api.sensitivityReaching(req.scenario, req.seed, q.id, v, q.budget, from, to);
                reaching[k] += a.reaching;
                q.total = a.total;
              },
              () => {
                if (--left > 0) return;
                q.tell(reaching.map((n) => (R > 0 ? n / R : 0)));
                ask(q);
              },
            ),
          );
        }
      });
      work.push(...pieces);
    };
    if (searches.length === 0) return finish([]);
    searches.forEach(ask);
  }

  const publish = (p: SensitivityProgress) => {
    if (!over) onProgress?.(p);
  };
  const previewRuns = Math.min(req.runs, req.previewRuns ?? SENSITIVITY_PREVIEW_RUNS);
  const full = () =>
    tornadoPhase(req.runs, (t, shares) => {
      const settled: SensitivityProgress = { tornado: t, shares, thresholds: null, preview: false, final: false };
      publish(settled);
      const finish = (thresholds: Threshold[]) => {
        if (over) return;
        const last: SensitivityProgress = { ...settled, thresholds, final: true };
        publish(last);
        over = true;
        settle(last);
      };
      if (req.thresholds === false) finish([]);
      else thresholdPhase(t, finish);
    });
  const start = () => {
    if (previewRuns < req.runs)
      tornadoPhase(previewRuns, (t, shares) => {
        publish({ tornado: t, shares, thresholds: null, preview: true, final: false });
        full();
      });
    else full();
  };
  start();

  return {
    promise,
    cancel() {
      if (over) return;
      over = true;
      work.clear();
      settle(null);
    },
  };
}

export { THRESHOLD_AIM };
