/**
 * One slot of the pool (./pool.ts): a worker behind comlink, the pieces it holds, and its fault events. A worker
 * that fires 'error' or 'messageerror' is reported once as an EngineError: 'no-workers' when it never answered
 * anything (it most likely could not load), else 'worker-failed'.
 */
import { wrap, type Remote } from 'comlink';
import type { SimApi } from '../../workers/simulation.worker';
import { EngineError, type WorkerLike } from './types';
import { now } from './watchdog';

export interface Slot {
  worker: WorkerLike;
  api: Remote<SimApi>;
  /** The pieces sent to this worker and not yet answered, each as the function that fails it. */
  running: Set<(error: EngineError) => void>;
  /** Takes no more pieces; terminated once its running pieces are answered. */
  retiring: boolean;
  dead: boolean;
  /** Has answered a piece (so it did load). */
  answered: boolean;
  /** When the worker last gave a sign of life (a piece answered, or a piece sent while it was idle). */
  lastSign: number;
  onError: (e: Event | MessageEvent) => void;
}

/** A slot around a started worker; `onFault` hears of the worker's death (as an EngineError). */
export function openSlot(worker: WorkerLike, onFault: (slot: Slot, error: EngineError) => void): Slot {
  const slot: Slot = {
    worker,
    api: wrap<SimApi>(worker),
    running: new Set(),
    retiring: false,
    dead: false,
    answered: false,
    lastSign: now(),
    onError: (e) => {
      const detail = 'message' in e && typeof e.message === 'string' && e.message ? e.message : e.type;
      // A worker that fails before it ever answered most likely could not load at all.
      const error = slot.answered
        ? new EngineError('worker-failed', `The simulation worker stopped: ${detail}`)
        : new EngineError('no-workers', `The simulation worker could not start: ${detail}`);
      onFault(slot, error);
    },
  };
  worker.addEventListener('error', slot.onError);
  worker.addEventListener('messageerror', slot.onError);
  return slot;
}

/** Stops listening and terminates the slot's worker (the caller fails its running pieces). */
export function closeSlot(slot: Slot): void {
  slot.dead = true;
  slot.worker.removeEventListener('error', slot.onError);
  slot.worker.removeEventListener('messageerror', slot.onError);
  try {
    slot.worker.terminate();
  } catch {
    // already gone
  }
}
