import { describe, expect, it } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { expose, transfer, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { buffersOf } from '../../src/engine/transfer';
import { api, type SimApi } from '../../workers/simulation.worker';
import { simulate, simulateRuns } from '../../src/model/simulate';
import { defaultScenario } from '../../src/model/params';
import { MUNICIPALITY_PRESETS, PLAN_PRESETS } from '../../src/model/presets';
import type { Scenario } from '../../src/model/types';

const scenario: Scenario = { ...defaultScenario(), ...MUNICIPALITY_PRESETS.hedemora, ...PLAN_PRESETS.hedemora };
const seed = 'w';

describe('the worker API, called directly', () => {
  it('runs chunks that merge and summarize to exactly what simulate gives', () => {
    const a = api.run(scenario, seed, 0, 13);
    const b = api.run(scenario, seed, 13, 30);
    expect(a.batch.runCount).toBe(13);
    expect(a.ms).toBeGreaterThanOrEqual(0);
    // Out of order on purpose: the merge is by run index.
    const s = api.summarize(scenario, seed, [b.batch, a.batch], true);
    expect(s.result).toEqual(simulate(scenario, { runs: 30, seed }));
    expect(s.batch?.runCount).toBe(30);
    expect(s.batch?.atRisk).toEqual(simulateRuns(scenario, seed, 0, 30).atRisk);
  });

  it('simulates and summarizes a preview in one call', () => {
    const p = api.runAndSummarize(scenario, seed, 0, 20, false);
    expect(p.result).toEqual(simulate(scenario, { runs: 20, seed }));
    expect(p.batch).toBeUndefined();
    expect(p.runMs).toBeLessThanOrEqual(p.ms);
  });

  it('lists every buffer under a batch once', () => {
    const batch = simulateRuns(scenario, seed, 0, 3);
    const bufs = buffersOf(batch);
    expect(new Set(bufs).size).toBe(bufs.length);
    expect(bufs).toContain(batch.atRisk.buffer);
    expect(bufs).toContain(batch.leaveOneOut.school.buffer);
    const shared = new Float64Array(4);
    expect(buffersOf({ x: shared, y: shared, z: [new Float64Array(shared.buffer, 8, 1)] })).toEqual([shared.buffer]);
  });
});

describe('the worker API through comlink over a MessageChannel', () => {
  function connect(exposed: SimApi = api) {
    const { port1, port2 } = new MessageChannel();
    expose(exposed, nodeEndpoint(port2));
    return { remote: wrap<SimApi>(nodeEndpoint(port1)), close: () => (port1.close(), port2.close()) };
  }

  it('gives the same numbers as the model, and moves batches by transfer', async () => {
    const { remote, close } = connect();
    try {
      const a = await remote.run(scenario, seed, 0, 10);
      const b = await remote.run(scenario, seed, 10, 25);
      expect(a.batch.atRisk).toBeInstanceOf(Float64Array);
      expect(a.batch.atRisk).toEqual(simulateRuns(scenario, seed, 0, 10).atRisk);
      const batches = [a.batch, b.batch];
      const s = await remote.summarize(scenario, seed, transfer(batches, buffersOf(batches)), true);
      // Transferred, not copied: the sender's arrays are detached.
      expect(a.batch.atRisk.byteLength).toBe(0);
      expect(b.batch.helpedAfter.byteLength).toBe(0);
      expect(s.result).toEqual(simulate(scenario, { runs: 25, seed }));
      expect(s.batch?.runCount).toBe(25);
    } finally {
      close();
    }
  });

  it('passes an error thrown in the worker to the caller', async () => {
    const failing: SimApi = {
      ...api,
      run: () => {
        throw new RangeError('model failed');
      },
    };
    const { remote, close } = connect(failing);
    try {
      await expect(remote.run(scenario, seed, 0, 5)).rejects.toThrow('model failed');
    } finally {
      close();
    }
  });
});
