/**
 * The results state: what the engine last published for the live scenario, the changed-assumptions
 * reference and the pinned scenario A. Big results are $state.raw (replaced, never mutated).
 */
import type { Engine, Progress, RunRequest } from '../engine/types';
import { EngineError } from '../engine/types';
import type { Scenario, SimResult } from '../model/types';

export interface Pinned {
  label: string;
  /** The pinned scenario's link query, to restore it. */
  query: string;
  request: RunRequest;
  result: SimResult | null;
}

export class ResultsState {
  progress = $state.raw<Progress | null>(null);
  reference = $state.raw<SimResult | null>(null);
  pinned = $state.raw<Pinned | null>(null);
  error = $state.raw<EngineError | null>(null);
  #last: { req: RunRequest; reference: Scenario | null } | null = null;
  #engine: Engine;

  constructor(engine: Engine) {
    this.#engine = engine;
  }

  /** Runs the live scenario (superseding any request in flight) and, when given, its reference. */
  run(req: RunRequest, reference: Scenario | null) {
    this.#last = { req, reference };
    this.error = null;
    // Until the new request answers, the last result is shown as computing, never as the final answer.
    const old = this.progress;
    if (old && old.request !== req) this.progress = { ...old, final: false, runsDone: 0, runsTotal: req.runs };
    this.#engine
      .channel('main')
      .request(req, (p) => (this.progress = p))
      .catch((e) => this.#fail(e));
    if (reference) {
      this.#engine
        .channel('reference')
        .request({ ...req, scenario: reference }, (p) => {
          if (p.final) this.reference = p.result;
        })
        .catch((e) => this.#fail(e));
    } else {
      this.#engine.channel('reference').cancel();
      this.reference = null;
    }
  }

  retry() {
    if (this.#last) this.run(this.#last.req, this.#last.reference);
  }

  pin(label: string, query: string, req: RunRequest) {
    const pinned: Pinned = { label, query, request: req, result: null };
    // Reuse the live result when it answers exactly this request.
    if (this.progress?.final && JSON.stringify(this.progress.request) === JSON.stringify(req))
      pinned.result = this.progress.result;
    this.pinned = pinned;
    if (!pinned.result) {
      this.#engine
        .channel('pinned')
        .request(req, (p) => {
          if (p.final && this.pinned?.request === req) this.pinned = { ...pinned, result: p.result };
        })
        .catch((e) => this.#fail(e));
    }
  }

  unpin() {
    this.#engine.channel('pinned').cancel();
    this.pinned = null;
  }

  #fail(e: unknown) {
    this.error = e instanceof EngineError ? e : new EngineError('worker-failed', String(e));
  }
}
