import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SAVED, cleanName, parseSaved, readSaved } from '../../src/state/saved';
import {
  ScenarioState,
  envelopeOf,
  runsReady,
  splitEnvelope,
  withDefaultAssumptions,
} from '../../src/state/scenario.svelte';
import { resolveScenario } from '../../src/model/presets';
import { defaultScenario } from '../../src/model/params';

describe('ScenarioState', () => {
  it('opens a link and writes the same link back', () => {
    const s = new ScenarioState('?v=1&mv=3&m=sweden&p=torshalla&seed=abc&lang=en');
    expect(s.scenario.births).toBe(100_100);
    expect(s.link).toBe('v=1&mv=3&m=sweden&p=torshalla&seed=abc&lang=en');
  });

  it('moving the total scales the split and keeps the proportions', () => {
    const s = new ScenarioState('?p=hedemora');
    s.setEnvelope(3_000_000);
    expect([s.scenario.detect, s.scenario.parent, s.scenario.firstline, s.scenario.school]).toEqual([
      1_000_000, 0, 1_000_000, 1_000_000,
    ]);
    expect(s.envelope).toBe(3_000_000);
    expect(s.plan).toBe('custom');
  });

  it('an empty plan is split evenly when the total moves', () => {
    const s = new ScenarioState('?p=none');
    s.setEnvelope(1_000_000);
    expect([s.scenario.detect, s.scenario.parent, s.scenario.firstline, s.scenario.school]).toEqual([
      250_000, 250_000, 250_000, 250_000,
    ]);
  });

  it('moving one area changes the total, unless the envelope is locked', () => {
    const s = new ScenarioState('?p=hedemora');
    s.set('detect', 1_100_000);
    expect(s.envelope).toBe(2_100_000);
    s.setLocked(true);
    s.set('school', 1_100_000);
    expect(s.envelope).toBe(2_100_000);
    expect(s.scenario.school).toBe(1_100_000);
    // The rest is spread over the other areas in proportion to what they had (1.1M : 0 : 0.5M).
    expect(s.scenario.detect + s.scenario.parent + s.scenario.firstline).toBe(1_000_000);
    expect(s.scenario.parent).toBe(0);
    // An area cannot take more than the locked total.
    s.set('parent', 9e9);
    expect(s.scenario.parent).toBe(2_100_000);
    expect(s.envelope).toBe(2_100_000);
  });

  it('clamps values and ignores non-numbers', () => {
    const s = new ScenarioState('');
    s.set('births', -3);
    expect(s.scenario.births).toBe(10);
    s.set('births', Number.NaN);
    expect(s.scenario.births).toBe(10);
    s.set('effects', 'nonsense' as never);
    expect(s.scenario.effects).toBe('cautious');
  });

  it('a preset becomes custom when changed, and reset returns to the last preset', () => {
    const s = new ScenarioState('?m=hedemora&p=nacka');
    s.set('detect', 123_000);
    expect(s.plan).toBe('custom');
    s.reset('detect');
    // Nacka's plan at Hedemora: scaled by 150 / 1 108 (issue 24)
    expect(s.scenario.detect).toBe(resolveScenario('hedemora', 'nacka').detect);
    expect(s.plan).toBe('nacka');
  });

  it('knows when assumptions differ from the defaults and can give the reference scenario', () => {
    const s = new ScenarioState('');
    expect(s.assumptionsChanged).toBe(false);
    s.set('discount', 0.05);
    expect(s.assumptionsChanged).toBe(true);
    const ref = withDefaultAssumptions(s.scenario);
    expect(ref.discount).toBe(defaultScenario().discount);
    expect(ref.detect).toBe(s.scenario.detect);
    s.resetAssumptions();
    expect(s.assumptionsChanged).toBe(false);
  });
});

describe('ScenarioState runs and pinning', () => {
  it('asks the model for the runs unless the link fixes them (once its lazy chunk has loaded)', async () => {
    await runsReady;
    expect(new ScenarioState('').requestRuns).toBe(1000);
    expect(new ScenarioState('?runs=250').requestRuns).toBe(250);
    const huge = new ScenarioState('?m=sweden&p=custom&detect=5000000000&parent=5000000000');
    expect(huge.runs).toBeNull();
    expect(huge.requestRuns).toBeLessThan(1000);
  });

  it('pins the current scenario as A, puts it in the link, and gives the request that answers it', async () => {
    const s = new ScenarioState('?p=nacka&seed=9');
    s.pin('A');
    s.setEnvelope(9_000_000);
    const reopened = new ScenarioState(s.link);
    expect(reopened.pinned).toEqual({ label: 'A', query: 'v=1&mv=3&m=hedemora&p=nacka&seed=9&lang=sv' });
    expect(reopened.view).toBe('compare');
    expect(reopened.scenario.detect + reopened.scenario.parent).toBe(9_000_000);
    const req = await ScenarioState.requestOf(reopened.pinned!.query);
    expect(req.seed).toBe('9');
    expect(req.scenario.detect).toBe(resolveScenario('hedemora', 'nacka').detect);
    expect(req.runs).toBe(1000);
  });
});

describe('splitEnvelope', () => {
  it('sums exactly to the total in whole kronor', () => {
    const out = splitEnvelope(1_000_001, { detect: 1, parent: 1, firstline: 1, school: 0 });
    expect(envelopeOf({ ...defaultScenario(), ...out })).toBe(1_000_001);
    expect(out.school).toBe(0);
  });
});

describe('ScenarioState intents', () => {
  it('opens a link keeping the language, the embed mode and, when asked, A', () => {
    const s = new ScenarioState('?lang=en&embed=1');
    s.pin('A');
    const a = s.pinned;
    s.open('v=1&lang=sv&m=sweden', { keepLanguage: true, keepPinned: true });
    expect(s.lang).toBe('en');
    expect(s.embed).toBe(true);
    expect(s.pinned).toEqual(a);
    expect(s.municipality).toBe('sweden');
    s.open('v=1&lang=sv');
    expect(s.lang).toBe('sv');
    expect(s.pinned).toBeNull();
  });

  it('notes, language and A change only through intents', () => {
    const s = new ScenarioState('?mv=3&zzz=1');
    expect(s.notes).toHaveLength(1);
    s.dismissNotes();
    expect(s.notes).toEqual([]);
    s.setLanguage('en');
    expect(s.link).toContain('lang=en');
    s.pin('A');
    s.unpin();
    expect(s.pinned).toBeNull();
    expect(() => ((s as unknown as { lang: string }).lang = 'sv')).toThrow();
  });
});

describe('property: the state code never throws', () => {
  it('for any link string, and opening its own link again gives the same link', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.webQueryParameters()), (q) => {
        const s = new ScenarioState(q);
        const again = new ScenarioState(s.link);
        expect(again.link).toBe(s.link);
        expect(again.notes).toEqual([]);
      }),
      { seed: 8, numRuns: 300 },
    );
  });

  it('for any stored value: names unique, nothing thrown', () => {
    const entry = fc.record(
      {
        name: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('dup', 'dup ', 'dup\u0007', '\u202edup')),
        query: fc.string({ maxLength: 50 }),
        savedAt: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(entry, fc.anything()), { maxLength: 70 })), (raw) => {
        const { list } = parseSaved(raw);
        const names = list.map((x) => x.name);
        expect(new Set(names).size).toBe(names.length);
        expect(list.length).toBeLessThanOrEqual(MAX_SAVED);
        for (const n of names) expect(n).toBe(cleanName(n));
        const store = { getItem: () => JSON.stringify(raw) ?? null, setItem: () => {} };
        expect(() => readSaved(store)).not.toThrow();
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
