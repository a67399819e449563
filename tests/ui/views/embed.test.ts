import { describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, allowedOrigins, hostQuery, reportHeight, resultMessage } from '../../../src/ui/views/embed';
import { fixture } from '../fixtures';

const self = 'https://halvera.example';

describe('allowedOrigins', () => {
  it("allows this page's origin and the embedding page's origin from the referrer", () => {
    expect([...allowedOrigins(self, 'https://kommun.example/sida?x=1')]).toEqual([self, 'https://kommun.example']);
  });
  it('adds nothing for an empty, opaque or unparsable referrer', () => {
    for (const r of ['', 'not a url', 'data:text/html,hi']) expect([...allowedOrigins(self, r)]).toEqual([self]);
  });
});

describe('hostQuery', () => {
  const allowed = allowedOrigins(self, 'https://kommun.example/');
  const msg = (origin: string, data: unknown) => ({ origin, data });
  it('takes a halvera:set query from an allowed origin', () => {
    expect(hostQuery(msg('https://kommun.example', { type: 'halvera:set', query: 'm=sweden' }), allowed)).toBe(
      'm=sweden',
    );
    expect(hostQuery(msg(self, { type: 'halvera:set', query: '' }), allowed)).toBe('');
  });
  it('ignores other origins, other message types and malformed data', () => {
    expect(hostQuery(msg('https://evil.example', { type: 'halvera:set', query: 'm=sweden' }), allowed)).toBeNull();
    expect(hostQuery(msg(self, { type: 'halvera:height', query: 'm=sweden' }), allowed)).toBeNull();
    for (const data of [null, 'halvera:set', 42, { type: 'halvera:set' }, { type: 'halvera:set', query: { a: 1 } }])
      expect(hostQuery(msg(self, data), allowed)).toBeNull();
    expect(hostQuery(msg(self, { type: 'halvera:set', query: 'x'.repeat(5000) }), allowed)).toBeNull();
  });
});

describe('reportHeight', () => {
  it('does nothing outside a frame', () => {
    const win = { parent: null as unknown } as unknown as Window;
    (win as unknown as { parent: Window }).parent = win;
    const el = { getBoundingClientRect: vi.fn(() => ({ height: 10 })) } as unknown as Element;
    reportHeight(el, win)();
    expect(el.getBoundingClientRect).not.toHaveBeenCalled();
  });
  it('posts the height to the parent, once per change, while observing', () => {
    let observer: (() => void) | null = null;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          observer = cb;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const posted: unknown[] = [];
    const parent = { postMessage: (m: unknown) => posted.push(m) };
    let height = 400.2;
    const el = { getBoundingClientRect: () => ({ height }) } as unknown as Element;
    const stop = reportHeight(el, { parent } as unknown as Window);
    observer!();
    height = 512;
    observer!();
    stop();
    expect(posted).toEqual([
      { type: HEIGHT_MESSAGE, height: 401 },
      { type: HEIGHT_MESSAGE, height: 512 },
    ]);
    expect(disconnect).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('origins from the link and the result message', () => {
  it('adds the origins listed in the link', () => {
    expect([...allowedOrigins(self, '', ['https://a.example', 'http://b.example:8080'])]).toEqual([
      self,
      'https://a.example',
      'http://b.example:8080',
    ]);
  });
  it("sends the target year's values, with the model's chance without a plan", () => {
    const r = fixture('hedemora');
    const m = resultMessage(r, 'm=hedemora&p=hedemora');
    const i = r.years.indexOf(r.halving.targetYear);
    expect(m).toMatchObject({ type: 'halvera:result', query: 'm=hedemora&p=hedemora', seed: r.seed, runs: r.runs });
    expect(m.halving).toEqual({
      targetYear: r.halving.targetYear,
      target: r.halving.target,
      probability: r.halving.probability,
      noPlanProbability: r.halving.noPlanProbability,
    });
    expect(m.atRisk).toEqual({ mean: r.atRisk.mean[i], baseline: r.baseline.atRisk.mean[i] });
    const withNoPlan = { ...r, halving: { ...r.halving, noPlanProbability: 0.004 } };
    expect(resultMessage(withNoPlan, '').halving.noPlanProbability).toBe(0.004);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m); // structured-clone safe: plain data only
  });
});
