import { describe, expect, it } from 'vitest';
import { decodeLink, defaultLinkState, encodeLink, type LinkState } from '../../src/state/link';
import { resolveScenario } from '../../src/model/presets';
import { readSaved, saveScenario } from '../../src/state/saved';
import { ScenarioState } from '../../src/state/scenario.svelte';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

const own = (births: number, share: number, plan: LinkState['plan'] = 'hedemora'): LinkState => ({
  ...defaultLinkState(),
  municipality: 'own',
  plan,
  scenario: resolveScenario('own', plan, { ...resolveScenario('hedemora', 'none'), births, baseRisk: share }),
});

describe('link: a cited municipality and "Min kommun"', () => {
  it('m=malmo round-trips with the cited figures and the plan scaled to Malmö, without budget keys', () => {
    const st = {
      ...defaultLinkState(),
      municipality: 'malmo' as const,
      scenario: resolveScenario('malmo', 'hedemora'),
    };
    const q = encodeLink(st);
    expect(q).toContain('m=malmo');
    expect(q).not.toMatch(/(^|&)(births|baseRisk|detect)=/);
    const { state, notes } = decodeLink(q);
    expect(notes).toEqual([]);
    expect(state.municipality).toBe('malmo');
    expect(state.plan).toBe('hedemora');
    expect(state.scenario).toEqual(st.scenario);
    expect(state.scenario.births).toBe(4_429);
  });

  it('"Min kommun" travels as kb and kr and comes back equal, plan scaled to its births', () => {
    const st = own(2_345, 0.173);
    const q = encodeLink(st);
    expect(q).toContain('m=own');
    expect(q).toContain('kb=2345');
    expect(q).toContain('kr=17.3');
    expect(q).not.toMatch(/(^|&)(births|baseRisk|detect)=/);
    const { state, notes } = decodeLink(q);
    expect(notes).toEqual([]);
    expect(state.municipality).toBe('own');
    expect(state.plan).toBe('hedemora');
    expect(state.scenario).toEqual(st.scenario);
    expect(state.scenario.detect).toBe(Math.round(500_000 * (2_345 / 150)));
  });

  it('"Min kommun" is kept in saved scenarios (their query is the link)', () => {
    const store = memory();
    const st = own(812, 0.21, 'torshalla');
    saveScenario(store, 'Vår kommun', encodeLink(st));
    const back = decodeLink(readSaved(store)[0].query);
    expect(back.state.municipality).toBe('own');
    expect(back.state.scenario).toEqual(st.scenario);
  });

  it('hostile or out-of-range figures give a note and a clamped value, never a crash', () => {
    const big = decodeLink('?v=1&mv=3&m=own&kb=9999999&kr=95');
    expect(big.state.scenario.births).toBe(150_000);
    expect(big.state.scenario.baseRisk).toBe(0.6);
    expect(big.notes).toContainEqual({ key: 'kb', kind: 'clamped', raw: '9999999', used: '150000' });
    expect(big.notes).toContainEqual({ key: 'kr', kind: 'clamped', raw: '95', used: '60' });
    const small = decodeLink('?v=1&mv=3&m=own&kb=3&kr=0.1');
    expect(small.state.scenario.births).toBe(10);
    expect(small.state.scenario.baseRisk).toBe(0.01);
    const text = decodeLink('?v=1&mv=3&m=own&kb=<script>&kr=Infinity');
    expect(text.notes.map((n) => [n.key, n.kind])).toEqual([
      ['kb', 'invalid'],
      ['kr', 'invalid'],
    ]);
    expect(Number.isFinite(text.state.scenario.births)).toBe(true);
    expect(decodeLink('?v=1&mv=3&m=nowhere').notes).toContainEqual({
      key: 'm',
      kind: 'invalid',
      raw: 'nowhere',
      used: 'hedemora',
    });
  });

  it('the scenario state: typing own figures keeps "Min kommun", and choosing a city rescales the plan', () => {
    const s = new ScenarioState('?v=1&mv=3&m=hedemora&p=hedemora');
    s.setMunicipality('own');
    s.setOwn('births', 1_000);
    expect(s.municipality).toBe('own');
    expect(s.plan).toBe('hedemora');
    expect(s.scenario.detect).toBe(Math.round(500_000 * (1_000 / 150)));
    s.setMunicipality('goteborg');
    expect(s.municipality).toBe('goteborg');
    expect(s.plan).toBe('hedemora');
    expect(s.scenario.detect).toBe(Math.round(500_000 * (6_922 / 150)));
  });
});
