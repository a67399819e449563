/**
 * The engine's contract with the interface (state/ and ui/).
 * One engine owns the worker pool. Requests go through named channels; within a channel the latest
 * request wins: an older one is superseded and none of its results is published after a newer one's.
 */
import type { Scenario, SimResult } from '../model/types';

export interface RunRequest {
  scenario: Scenario;
  seed: string;
  /** Runs in the full result (the preview uses fewer). */
  runs: number;
}

export interface Progress {
  /** The request this answers (scenario and seed exactly as requested). */
  request: RunRequest;
  result: SimResult;
  runsDone: number;
  runsTotal: number;
  /** The quick first answer with a small number of runs. */
  preview: boolean;
  /** All runs are in. */
  final: boolean;
}

/** Codes the interface translates (src/i18n). */
export type EngineErrorCode = 'worker-failed' | 'invalid-request' | 'no-workers';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export type Outcome = 'done' | 'superseded';

export interface Channel {
  /**
   * Starts a request, superseding any in flight on this channel. `onUpdate` receives the preview, merged
   * partial results and the final result, in order. Resolves 'done' after the final update, or
   * 'superseded' when a newer request on this channel took over (no update of this one follows). Rejects
   * with an EngineError when a worker fails; the engine keeps serving later requests.
   */
  request(req: RunRequest, onUpdate: (p: Progress) => void): Promise<Outcome>;
  /** Supersedes whatever is in flight without starting anything. */
  cancel(): void;
}

export interface Engine {
  /** The named channel (created on first use): 'main', 'reference', 'pinned', … */
  channel(name: string): Channel;
  dispose(): void;
}
