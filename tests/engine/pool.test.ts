import { afterEach, describe, expect, it } from 'vitest';
import { Pool, type Job, type Piece } from '../../src/engine/pool';
import { EngineError } from '../../src/engine/types';
import { defaultScenario } from '../../src/model/params';
import { fakeFactory } from './fakeWorker';

const scenario = { ...defaultScenario(), births: 20, horizon: 3 };
let pools: Pool[] = [];
function pool(size: number, depth: number, create = fakeFactory().create) {
  const p = new Pool({ size, depth, createWorker: create, idleMs: 60_000, taskTimeoutMs: 10_000 });
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools) p.dispose();
  pools = [];
});

/** A job of `n` pieces, each a small real run; records when its pieces start and end. */
function job(name: string, priority: number, n: number, log: string[], owner: object = {}) {
  let left = n;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  let ended = 0;
  const j: Job & { finished: Promise<void> } = {
    owner,
    priority,
    finished,
    take: (): Piece | null => {
      if (left === 0) return null;
      const i = n - left--;
      return async (api) => {
        log.push(`${name}${i}>`);
        await api.run(scenario, 's', i, i + 1);
        log.push(`${name}${i}<`);
        if (++ended === n) done();
      };
    },
    failed: (e: EngineError) => log.push(`${name}!${e.code}`),
  };
  return j;
}

describe('the pool', () => {
  it('warm starts one worker ahead of work, once, and the first job runs on it', async () => {
    const f = fakeFactory();
    const p = pool(3, 1, f.create);
    p.warm();
    p.warm();
    expect(f.made).toHaveLength(1);
    const log: string[] = [];
    const a = job('a', 2, 1, log);
    p.add(a);
    await a.finished;
    expect(f.made).toHaveLength(1);
    expect(log).toEqual(['a0>', 'a0<']);
  });

  it('starts workers only as work needs them, never more than its size', async () => {
    const f = fakeFactory();
    const p = pool(3, 1, f.create);
    expect(f.made).toHaveLength(0);
    const log: string[] = [];
    const a = job('a', 2, 1, log);
    p.add(a);
    await a.finished;
    expect(f.made).toHaveLength(1);
    const b = job('b', 2, 12, log);
    p.add(b);
    expect(p.alive).toBe(3);
    await b.finished;
    expect(f.made).toHaveLength(3);
  });

  it('hands the next free worker to the most urgent job, oldest first among equals', async () => {
    const log: string[] = [];
    const p = pool(1, 1);
    const chunks = job('c', 2, 3, log);
    const summary = job('s', 1, 1, log);
    const preview = job('p', 0, 1, log);
    p.add(chunks); // c0 starts at once on the only worker
    p.add(summary);
    p.add(preview);
    await Promise.all([chunks.finished, summary.finished, preview.finished]);
    expect(log.filter((l) => l.endsWith('>'))).toEqual(['c0>', 'p0>', 's0>', 'c1>', 'c2>']);
  });

  it('gives a worker at most `depth` pieces at once', async () => {
    for (const depth of [1, 2, 3]) {
      const log: string[] = [];
      const p = pool(1, depth);
      const j = job('x', 2, 8, log);
      p.add(j);
      await j.finished;
      let open = 0;
      let most = 0;
      for (const l of log) {
        open += l.endsWith('>') ? 1 : -1;
        most = Math.max(most, open);
      }
      expect(most).toBe(depth);
    }
  });

  it('drops the waiting pieces of a removed owner', async () => {
    const log: string[] = [];
    const p = pool(1, 1);
    const owner = {};
    const old = job('o', 2, 5, log, owner);
    const next = job('n', 2, 1, log);
    p.add(old);
    p.remove(owner);
    p.add(next);
    await next.finished;
    expect(log.filter((l) => l.startsWith('o'))).toEqual(['o0>', 'o0<']);
  });

  it('fails the jobs it holds when disposed, and every later one', async () => {
    const log: string[] = [];
    const p = pool(1, 1);
    p.add(job('a', 2, 2, log));
    p.dispose();
    p.add(job('b', 2, 1, log));
    expect(log).toContain('a!no-workers');
    expect(log).toContain('b!no-workers');
  });
});

describe('a long piece that reports progress', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const watched = (create = fakeFactory().create) => {
    const p = new Pool({
      size: 1,
      depth: 1,
      createWorker: create,
      idleMs: 60_000,
      taskTimeoutMs: 10_000,
      watchdogMinMs: 150,
      watchdogFactor: 1,
    });
    pools.push(p);
    return p;
  };
  /** A job of one piece: a real run (so the worker has answered), then `ms` of silence, or of reports every 40 ms. */
  function long(ms: number, report: boolean) {
    const out: string[] = [];
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    let taken = false;
    const j: Job = {
      owner: {},
      priority: 1,
      take: () =>
        taken
          ? null
          : ((taken = true),
            async (api, alive) => {
              await api.run(scenario, 's', 0, 1);
              for (let t = 0; t < ms; t += 40) {
                await sleep(40);
                if (report) alive();
              }
              out.push('done');
              done();
            }),
      failed: (e) => {
        out.push(e.code);
        done();
      },
    };
    return { j, out, finished };
  }

  it('stays alive past the watchdog while it reports; a silent one of the same length is taken for dead', async () => {
    const p = watched();
    const first = long(0, false); // teaches the watchdog a short gap
    p.add(first.j);
    await first.finished;
    const loud = long(600, true);
    p.add(loud.j);
    await loud.finished;
    expect(loud.out).toEqual(['done']);
    const quiet = long(600, false);
    p.add(quiet.j);
    await quiet.finished;
    expect(quiet.out).toEqual(['worker-failed']);
  });
});
