import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/simulate';
import { defaultScenario } from '../../src/model/params';

describe('simulate', () => {
  it('gives identical results for the same seed', () => {
    const s = defaultScenario();
    expect(simulate(s, { runs: 20, seed: '1' })).toEqual(simulate(s, { runs: 20, seed: '1' }));
  });
});
