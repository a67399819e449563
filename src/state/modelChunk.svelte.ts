/**
 * The model's advice for the scenario state: the run recommendation and each area's full-reach budget (the budget
 * sliders' tops), and the requests that answer link queries. Both need the capacity pilot (model/runs.ts), model
 * runtime with the random-number code, which the page's first load must not hold (issue 22, point 6): in the
 * browser the advice worker (workers/advice.worker.ts, its own thread, started with the page, in parallel with
 * the simulation workers) answers for each scenario; where there is no Worker (Node tests) or the worker cannot
 * start, model/runs.ts is imported lazily and answers at once.
 *
 * `adviceOf(s)` is reactive: null until the answer for `s` is there (a round trip of a millisecond or two to an
 * idle thread), then the answer; answers are kept for the last CACHE_MAX scenarios.
 */
import { wrap, type Remote } from 'comlink';
import type { AdviceApi } from '../../workers/advice.worker';
import { exactRuns } from '../model/exactRuns';
import { AREAS, type AreaKey, type Scenario } from '../model/types';
import { decodeLink } from './link';

export interface Advice {
  /** Runs of the full result the model recommends for the scenario. */
  runs: number;
  /** Each area's full-reach budget (SEK a year): the top of its slider. */
  fullReach: Record<AreaKey, number>;
}

const CACHE_MAX = 64;
// Plain maps on purpose: `version` below tells the readers that an answer arrived.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const known = new Map<string, Advice>();
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const waiting = new Map<string, { scenario: Scenario; promise: Promise<Advice>; resolve: (a: Advice) => void }>();
/** Bumped when an answer arrives: `adviceOf` reads it, so what depends on an answer follows it. */
let version = $state(0);
/** The last answer that arrived (any scenario): the sliders' tops while the next one is on its way. */
let latest = $state.raw<Advice | null>(null);

type Local = (s: Scenario) => Advice;
let local: Local | null = null;
let remote: Remote<AdviceApi> | null = null;

const keyOf = (s: Scenario) => JSON.stringify(s);

function keep(key: string, a: Advice) {
  known.set(key, a);
  if (known.size > CACHE_MAX) known.delete(known.keys().next().value!);
  latest = a;
  version++;
}

/** Loads model/runs.ts on this thread (no Worker, or the worker failed) and answers everything still waiting. */
const loadLocal = (): Promise<void> =>
  import('../model/runs').then((m) => {
    local = (s) => ({
      runs: m.recommendedRuns(s),
      fullReach: Object.fromEntries(AREAS.map((a) => [a, m.fullReachBudget(s, a)])) as Record<AreaKey, number>,
    });
    for (const [key, w] of waiting) {
      const a = local(w.scenario);
      keep(key, a);
      w.resolve(a);
    }
    waiting.clear();
  });

let localLoading: Promise<void> | null = null;
function startLocal() {
  remote = null;
  return (localLoading ??= loadLocal());
}

function startWorker() {
  try {
    // This exact form makes Vite emit the worker as its own chunk.
    const worker = new Worker(new URL('../../workers/advice.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', () => void startLocal());
    remote = wrap<AdviceApi>(worker);
  } catch {
    void startLocal();
  }
}

/** Resolves once the advice can be had: at once in the browser (the worker), when model/runs.ts is loaded in Node. */
export const runsReady: Promise<void> = typeof Worker === 'undefined' ? startLocal() : Promise.resolve(startWorker());

/** The advice for `s`, asked for when not known yet (resolves with it). */
export function ask(s: Scenario): Promise<Advice> {
  const key = keyOf(s);
  const have = known.get(key) ?? (local ? local(s) : undefined);
  if (have) {
    if (!known.has(key)) keep(key, have);
    return Promise.resolve(have);
  }
  const w = waiting.get(key);
  if (w) return w.promise;
  let resolve!: (a: Advice) => void;
  const promise = new Promise<Advice>((r) => (resolve = r));
  const scenario = { ...s };
  waiting.set(key, { scenario, promise, resolve });
  remote?.advise(scenario).then(
    (a) => {
      if (!waiting.has(key)) return; // answered on this thread meanwhile
      waiting.delete(key);
      keep(key, a);
      resolve(a);
    },
    () => void startLocal(),
  );
  return promise;
}

/** The advice for `s` once there (reactive), else null; asks for it. */
export function adviceOf(s: Scenario): Advice | null {
  void version;
  const key = keyOf(s);
  const have = known.get(key);
  if (have) return have;
  if (local) return local(s); // Node: at once (kept by `ask` below, outside this read)
  void ask(s);
  return null;
}

/** The last advice received for any scenario (reactive), else null. */
export const latestAdvice = () => latest;

/** The request that answers a link query (decoded like any link), once its advice is there. */
export async function requestOfQuery(query: string) {
  await runsReady;
  const { state } = decodeLink(query);
  return {
    scenario: state.scenario,
    seed: state.seed,
    runs: state.runs ?? exactRuns(state.scenario) ?? (await ask(state.scenario)).runs,
  };
}
