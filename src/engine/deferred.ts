import type { EngineError } from './types';

/** A promise with its settle and reject taken out (the curve's and the best split's handles). */
export function deferred<T>() {
  let settle: (v: T) => void = () => {};
  let reject: (e: EngineError) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    settle = res;
    reject = rej;
  });
  return { promise, settle, reject };
}
