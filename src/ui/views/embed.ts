/**
 * The embed's conversation with its host page: the page's height goes out, a scenario may come in.
 * Messages from the host are untrusted: only the page's own origin or the referrer's origin is accepted,
 * only a short string query is taken, and it is decoded like any link (src/state/link.ts).
 */
import { MAX_QUERY } from '../../state/link';

export const HEIGHT_MESSAGE = 'halvera:height';
export const SET_MESSAGE = 'halvera:set';

/** Origins allowed to set the scenario: this page's own and the embedding page's (from document.referrer). */
export function allowedOrigins(selfOrigin: string, referrer: string): Set<string> {
  const out = new Set([selfOrigin]);
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
