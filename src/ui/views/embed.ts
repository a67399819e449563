/**
 * The embed's conversation with its host page: the page's height and every final result go out, a scenario
 * may come in. Messages from the host are untrusted: only the page's own origin, the referrer's origin and the
 * origins the link lists (`origins=`) are accepted, only a short string query is taken, and it is decoded like
 * any link (src/state/link.ts).
 */
import type { Scenario, SimResult } from '../../model/types';
import { MAX_QUERY } from '../../state/link';
import { targetIndex } from '../charts/halving';

export const HEIGHT_MESSAGE = 'halvera:height';
export const SET_MESSAGE = 'halvera:set';
export const RESULT_MESSAGE = 'halvera:result';

/**
 * Origins allowed to set the scenario: this page's own, the embedding page's (from document.referrer) and
 * any further ones the link lists (already checked by decodeDisplay).
 */
export function allowedOrigins(selfOrigin: string, referrer: string, extra: readonly string[] = []): Set<string> {
  const out = new Set([selfOrigin, ...extra]);
  if (referrer) {
    try {
      const o = new URL(referrer).origin;
      if (o && o !== 'null') out.add(o);
    } catch {
      /* an unparsable referrer adds nothing */
    }
  }
  return out;
}

/** The query a host asked for, or null when the message is not a valid `halvera:set` from an allowed origin. */
export function hostQuery(event: { origin: string; data: unknown }, allowed: Set<string>): string | null {
  if (!allowed.has(event.origin)) return null;
  const d = event.data;
  if (!d || typeof d !== 'object') return null;
  const { type, query } = d as { type?: unknown; query?: unknown };
  if (type !== SET_MESSAGE || typeof query !== 'string' || query.length > MAX_QUERY) return null;
  return query;
}

/**
 * Reports `element`'s height to the parent window whenever it changes (only inside a frame). Returns a stop
 * function. `targetOrigin` is '*' because the height is not a secret and the host may be on any origin.
 */
export function reportHeight(element: Element, win: Window = window): () => void {
  if (win.parent === win || typeof ResizeObserver === 'undefined') return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const ro = new ResizeObserver(send);
  ro.observe(element);
  send();
  return () => ro.disconnect();
}

/** What a host page receives after every final result (documented in README, "Embedding"). */
export interface ResultMessage {
  type: typeof RESULT_MESSAGE;
  /** The scenario's link query (without embed and display keys): opens the same scenario. */
  query: string;
  scenario: Scenario;
  seed: string;
  runs: number;
  halving: { targetYear: number; target: number; probability: number; noPlanProbability: number | null };
  /** Children at risk in the target year's school-leaving cohort: mean with the plan, and without (baseline). */
  atRisk: { mean: number; baseline: number };
}

/** The result message for a final result. `noPlanProbability` is null when the model does not give it. */
export function resultMessage(r: SimResult, query: string): ResultMessage {
  const i = targetIndex(r);
  const h = r.halving as SimResult['halving'] & { noPlanProbability?: number };
  return {
    type: RESULT_MESSAGE,
    query,
    scenario: { ...r.scenario },
    seed: r.seed,
    runs: r.runs,
    halving: {
      targetYear: h.targetYear,
      target: h.target,
      probability: h.probability,
      noPlanProbability: typeof h.noPlanProbability === 'number' ? h.noPlanProbability : null,
    },
    atRisk: { mean: r.atRisk.mean[i], baseline: r.baseline.atRisk.mean[i] },
  };
}

/** Posts a final result to the parent window (only inside a frame); like the height, it is not a secret. */
export function postResult(msg: ResultMessage, win: Window = window): void {
  if (win.parent !== win) win.parent.postMessage(msg, '*');
}
