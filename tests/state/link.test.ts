import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LINK_VERSION, MAX_NOTES, MAX_QUERY, decodeLink, defaultLinkState, encodeLink } from '../../src/state/link';
import { PARAMS } from '../../src/model/params';
import { PLAN_PRESETS, resolveScenario } from '../../src/model/presets';
import { MODEL_VERSION } from '../../src/model/version';

describe('decodeLink', () => {
  it('a target year outside the horizon is replaced by the nearest valid one, with a note saying so', () => {
    const { state, notes } = decodeLink('targetYear=2050&horizon=15');
    expect(state.scenario.targetYear).toBe(2040);
    expect(notes).toContainEqual({ key: 'targetYear', kind: 'target', raw: '2050', used: '2040' });
    const ok = decodeLink('mv=3&targetYear=2040&targetShare=0.3&planPayer=region&fund=1');
    expect(ok.notes).toEqual([]);
    expect(ok.state.scenario).toMatchObject({ targetYear: 2040, targetShare: 0.3, planPayer: 'region', fund: 1 });
    expect(decodeLink('mv=3&planPayer=mayor').notes[0]).toMatchObject({ key: 'planPayer', kind: 'invalid' });
  });

  it('gives the default state (Hedemora, Hedemora plan) for an empty link, with no notes', () => {
    const { state, notes } = decodeLink('');
    expect(state).toEqual(defaultLinkState());
    expect(notes).toEqual([]);
  });

  it('applies the municipality and plan presets, then explicit keys', () => {
    const { state, notes } = decodeLink('?v=1&mv=3&m=sweden&p=nacka&duration=2');
    expect(notes).toEqual([]);
    expect(state.scenario.births).toBe(100_100);
    // Nacka's plan, scaled from Nacka's births to Sweden's (issue 24)
    expect(state.scenario.detect).toBe(Math.round((PLAN_PRESETS.nacka.detect! * 100_100) / 1_108));
    expect(state.scenario.duration).toBe(2);
    expect(state.municipality).toBe('sweden');
    expect(state.plan).toBe('custom'); // duration no longer matches the Nacka preset
  });

  it('clamps out-of-range numbers and says so', () => {
    const { state, notes } = decodeLink('mv=3&births=-5&detect=1e99&baseRisk=0.2');
    expect(state.scenario.births).toBe(10);
    expect(state.scenario.detect).toBe(2e10);
    expect(state.scenario.baseRisk).toBe(0.2);
    expect(notes.map((n) => [n.key, n.kind])).toEqual([
      ['births', 'clamped'],
      ['detect', 'clamped'],
    ]);
    expect(state.municipality).toBe('custom');
  });

  it('ignores hostile values with notes and never throws', () => {
    const q =
      'mv=3&births=NaN&baseRisk=abc&lang=<script>alert(1)</script>&seed=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' +
      '&effects=__proto__&m=constructor&embed=yes&runs=Infinity&x=<b>hi</b>&view=../../etc';
    const { state, notes } = decodeLink(q);
    const d = defaultLinkState();
    expect(state.scenario.births).toBe(d.scenario.births);
    expect(state.lang).toBe('sv');
    expect(state.seed).toBe('1');
    expect(state.municipality).toBe('hedemora');
    expect(state.scenario.effects).toBe('cautious');
    const kinds = Object.fromEntries(notes.map((n) => [n.key, n.kind]));
    expect(kinds).toEqual({
      births: 'invalid',
      baseRisk: 'invalid',
      lang: 'invalid',
      seed: 'invalid',
      effects: 'invalid',
      m: 'invalid',
      embed: 'invalid',
      runs: 'invalid',
      x: 'unknown',
      view: 'invalid',
    });
    for (const n of notes) expect(n.raw.length).toBeLessThanOrEqual(41);
  });

  it('notes a link from a newer format version and still opens it', () => {
    const { state, notes } = decodeLink(`v=${LINK_VERSION + 1}&mv=${MODEL_VERSION}&births=200`);
    expect(notes).toEqual([{ key: 'v', kind: 'version', raw: String(LINK_VERSION + 1), used: String(LINK_VERSION) }]);
    expect(state.scenario.births).toBe(200);
  });

  it("migrates a version-0 link (the slice's single budget) to the current format", () => {
    const { state, notes } = decodeLink('mv=3&budget=3000000');
    expect(notes).toEqual([]);
    expect(state.scenario.detect).toBe(1_000_000);
    expect(state.scenario.firstline).toBe(1_000_000);
    expect(state.scenario.school).toBe(1_000_000);
    expect(state.plan).toBe('custom');
  });
});

describe('scenario A in the link', () => {
  it('round-trips a pinned scenario and its label, and sets the compare view', () => {
    const st = {
      ...defaultLinkState(),
      pinned: { label: 'Grupp A', query: 'v=1&mv=3&m=hedemora&p=nacka&seed=1&lang=sv' },
    };
    const back = decodeLink(encodeLink(st));
    expect(back.notes).toEqual([]);
    expect(back.state.pinned).toEqual(st.pinned);
    expect(back.state.view).toBe('compare');
  });

  it('cleans a hostile A: its notes are prefixed, a nested A and markup in the label are dropped', () => {
    const inner = 'mv=3&births=NaN&a=' + encodeURIComponent('births=99') + '&p=torshalla';
    const { state, notes } = decodeLink('mv=3&a=' + encodeURIComponent(inner) + '&al=%0A%0A');
    expect(notes).toEqual([{ key: 'a.births', kind: 'invalid', raw: 'NaN', used: '150' }]);
    expect(state.pinned).toEqual({ label: 'A', query: 'v=1&mv=3&m=hedemora&p=torshalla&seed=1&lang=sv' });
  });

  it('notes a compare view without an A', () => {
    const { state, notes } = decodeLink('mv=3&view=compare');
    expect(state.view).toBe('workshop');
    expect(notes).toEqual([{ key: 'view', kind: 'invalid', raw: 'compare', used: 'workshop' }]);
  });
});

describe('encodeLink', () => {
  it('writes only what differs from the named presets', () => {
    const st = defaultLinkState();
    expect(encodeLink(st)).toBe(`v=${LINK_VERSION}&mv=${MODEL_VERSION}&m=hedemora&p=hedemora&seed=1&lang=sv`);
  });

  it('round-trips any valid state exactly', () => {
    const numberParams = PARAMS.filter((p) => p.kind === 'number');
    const scenarioArb = fc.record(
      Object.fromEntries(
        numberParams.map((p) => [
          p.key,
          p.integer ? fc.integer({ min: p.min, max: p.max }) : fc.double({ min: p.min, max: p.max, noNaN: true }),
        ]),
      ),
    );
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom('cautious', 'studies', 'custom'),
        fc.constantFrom('hedemora', 'sweden', 'custom'),
        fc.constantFrom('none', 'hedemora', 'nacka', 'torshalla', 'custom'),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
        fc.integer({ min: 100, max: 10_000 }),
        fc.constantFrom('sv', 'en'),
        fc.boolean(),
        (nums, effects, m, p, seed, runs, lang, embed) => {
          const scenario = { ...resolveScenario('hedemora', 'none'), ...nums, effects };
          // A valid state has its target year inside the horizon (0 = start + 10 always is).
          scenario.targetYear = 0;
          const st = {
            municipality: m,
            plan: p,
            scenario,
            seed,
            runs,
            lang,
            view: 'workshop',
            embed,
            pinned: null,
          } as const;
          const back = decodeLink(encodeLink(st));
          expect(back.notes).toEqual([]);
          expect(back.state.scenario).toEqual(scenario);
          expect([back.state.seed, back.state.runs, back.state.lang, back.state.embed]).toEqual([
            seed,
            runs,
            lang,
            embed,
          ]);
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});

// Issue 14 and 9: bounded work, one number grammar, the model version, labels.
describe('hostile links, bounded', () => {
  it('refuses non-decimal numbers (hex, separators, Infinity) like any bad value', () => {
    for (const raw of ['0x96', '1_000', 'Infinity', '-Infinity', '0b11', '1e400', ' ']) {
      const { state, notes } = decodeLink(`mv=3&births=${encodeURIComponent(raw)}&runs=${encodeURIComponent(raw)}`);
      expect(state.scenario.births).toBe(defaultLinkState().scenario.births);
      expect(state.runs).toBeNull();
      expect(notes.map((n) => [n.key, n.kind])).toEqual([
        ['runs', 'invalid'],
        ['births', 'invalid'],
      ]);
      for (const n of notes) expect(`${n.raw} ${n.used}`).not.toMatch(/null|undefined/);
    }
    expect(decodeLink('births=2e2').state.scenario.births).toBe(200);
  });

  it('caps the notes: the first few, then one "and N more"', () => {
    const q = Array.from({ length: 10_000 }, (_, i) => `k${i}=1`).join('&');
    const { notes } = decodeLink(q);
    expect(notes.length).toBe(MAX_NOTES);
    expect(notes.at(-1)!.kind).toBe('more');
    expect(notes[0]).toEqual({ key: '', kind: 'cut', raw: String(q.length), used: String(MAX_QUERY) });
  });

  it('notes an empty A instead of pinning the default scenario', () => {
    const { state, notes } = decodeLink('mv=3&a=&al=x');
    expect(state.pinned).toBeNull();
    expect(notes).toEqual([{ key: 'a', kind: 'empty', raw: '' }]);
  });

  it('strips bidirectional control characters from the label of A', () => {
    expect(decodeLink('a=v%3D1&al=%E2%80%AEevil').state.pinned?.label).toBe('evil');
  });

  it('carries the model version; an older one gives a note saying what the link asked for', () => {
    expect(encodeLink(defaultLinkState())).toContain(`mv=${MODEL_VERSION}`);
    expect(decodeLink(`mv=${MODEL_VERSION}`).notes).toEqual([]);
    expect(decodeLink('').notes).toEqual([]);
    for (const bad of ['0', String(MODEL_VERSION + 1), 'x', '0x1'])
      expect(decodeLink(`mv=${bad}`).notes.map((n) => [n.key, n.kind])).toEqual([['mv', 'invalid']]);
  });
});

describe('property: any link string', () => {
  it('decodes without throwing, to a state whose link decodes without notes', () => {
    const keys = fc.constantFrom('v', 'mv', 'm', 'p', 'a', 'al', 'runs', 'seed', 'births', 'detect', 'effects', 'x');
    const pair = fc.tuple(keys, fc.string({ maxLength: 30 })).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    const linkish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pair, { maxLength: 15 }).map((p) => p.join('&')),
    );
    fc.assert(
      fc.property(linkish, (q) => {
        const { state, notes } = decodeLink(q);
        expect(notes.length).toBeLessThanOrEqual(MAX_NOTES);
        for (const n of notes) expect(`${n.key} ${n.raw} ${n.used ?? ''}`).not.toMatch(/\b(null|undefined|NaN)\b/);
        expect(decodeLink(encodeLink(state)).notes).toEqual([]);
      }),
      { seed: 14, numRuns: 400 },
    );
  });
});

describe('the curve view in the link', () => {
  it('round-trips view=curve, with and without A pinned', () => {
    const { state, notes } = decodeLink('v=1&mv=3&m=hedemora&p=hedemora&view=curve');
    expect(notes).toEqual([]);
    expect(state.view).toBe('curve');
    expect(encodeLink(state)).toContain('view=curve');
    const pinned = decodeLink(`${encodeLink(state)}&a=${encodeURIComponent('v=1&m=nacka&p=none')}&al=B`).state;
    expect(pinned.view).toBe('curve');
    expect(pinned.pinned?.label).toBe('B');
    const again = decodeLink(encodeLink(pinned)).state;
    expect(again.view).toBe('curve');
    expect(again.pinned?.query).toBe(pinned.pinned?.query);
    // Without view=curve, A makes it the comparison.
    expect(decodeLink(encodeLink({ ...pinned, view: 'workshop' })).state.view).toBe('compare');
  });
});

describe('a link without mv (issue 25: no false "older model" warning)', () => {
  it('is a current link when typed or printed by hand', () => {
    for (const q of ['p=hedemora', 'view=curve', 'm=sweden&p=hedemora&lang=en', 'present=1', 'present=1&stage=3'])
      expect(decodeLink(q).notes, q).toEqual([]);
  });
  it('was made with model version 1 only when it carries an old link marker (one budget, or v without mv)', () => {
    for (const q of ['budget=3000000', 'v=1&p=nacka']) {
      const notes = decodeLink(q).notes;
      expect(
        notes.map((n) => [n.key, n.kind]),
        q,
      ).toContainEqual(['mv', 'model']);
      expect(notes.find((n) => n.key === 'mv')?.raw).toBe('1');
    }
  });
});
