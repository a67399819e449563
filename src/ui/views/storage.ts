/** The browser's localStorage when the page may use it (it throws in some private modes and sandboxed frames). */
import type { KeyValueStore } from '../../state/savedName';

export function browserStorage(get: () => Storage | undefined = () => globalThis.localStorage): KeyValueStore | null {
  try {
    const st = get();
    if (!st) return null;
    st.getItem('halvera.probe');
    return st;
  } catch {
    return null;
  }
}
