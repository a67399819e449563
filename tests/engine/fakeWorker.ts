/**
 * A worker stand-in for Node tests: the real worker API exposed through comlink over an in-process
 * MessageChannel (node:worker_threads), with `terminate` and an 'error' event to play a worker that dies.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { api, type SimApi } from '../../workers/simulation.worker';
import type { WorkerLike } from '../../src/engine/types';

export class FakeWorker extends EventTarget implements WorkerLike {
  private readonly port: MessagePort;
  private readonly inner: MessagePort;
  private readonly ep: ReturnType<typeof nodeEndpoint>;
  terminated = false;

  constructor(exposed: SimApi = api) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.inner = port2;
    expose(exposed, nodeEndpoint(port2));
    this.ep = nodeEndpoint(port1);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (this.terminated) return;
    this.ep.postMessage(message, transfer);
  }

  override addEventListener(type: string, listener: (e: Event | MessageEvent) => void): void {
    if (type !== 'message') return super.addEventListener(type, listener);
    this.ep.addEventListener('message', listener as EventListener);
  }

  override removeEventListener(type: string, listener: (e: Event | MessageEvent) => void): void {
    if (type !== 'message') return super.removeEventListener(type, listener);
    this.ep.removeEventListener('message', listener as EventListener);
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
    this.inner.close();
  }

  /** Plays a crash: the worker stops answering and fires 'error'. */
  die(message = 'crashed'): void {
    this.terminate();
    const e = new Event('error') as Event & { message: string };
    e.message = message;
    this.dispatchEvent(e);
  }
}

/** A factory that records every worker it makes; `special` may replace the n-th worker (0-based). */
export function fakeFactory(special: (n: number) => FakeWorker | undefined = () => undefined) {
  const made: FakeWorker[] = [];
  const create = () => {
    const w = special(made.length) ?? new FakeWorker();
    made.push(w);
    return w;
  };
  return { made, create };
}
