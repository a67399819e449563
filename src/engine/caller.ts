/** A request run's caller side: the latest of identical callers, its promise, and the answers delivered to it. */
import type { EngineError, Outcome, Progress, RunRequest } from './types';

/** Who waits on a run: the latest of identical requests on a channel. */
interface Caller {
  req: RunRequest;
  onUpdate: (p: Progress) => void;
  resolve: (o: Outcome) => void;
  reject: (e: EngineError) => void;
}

/** The base of a request run (./run.ts): whom it answers, and what it answered last. */
export class CallerSide {
  superseded = false;
  finished = false;
  protected caller!: Caller;
  protected last: Progress | null = null;

  protected get req(): RunRequest {
    return this.caller.req;
  }

  protected attach(req: RunRequest, onUpdate: (p: Progress) => void): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.caller = { req, onUpdate, resolve, reject };
    });
  }

  /**
   * An identical request (same scenario, seed and runs) arrived on the channel while this one runs: the new
   * caller takes the run over, the previous one is superseded. The new caller first gets the latest published
   * answer again (with its own request object), then the rest.
   */
  adopt(req: RunRequest, onUpdate: (p: Progress) => void): Promise<Outcome> {
    const previous = this.caller;
    const promise = this.attach(req, onUpdate);
    const caller = this.caller;
    previous.resolve('superseded');
    const last = this.last;
    if (last)
      queueMicrotask(() => this.caller === caller && !this.superseded && this.deliver({ ...last, request: req }));
    return promise;
  }

  protected deliver(p: Progress): void {
    try {
      this.caller.onUpdate(p);
    } catch (e) {
      console.error('engine: onUpdate threw', e);
    }
  }
}
