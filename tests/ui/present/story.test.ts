import { describe, expect, it, vi } from 'vitest';
import { defaultStory, parseStory, resolveView, storySource } from '../../../src/ui/present/story';
import { decodeLink } from '../../../src/state/link';
import { playYears, presenterKey } from '../../../src/ui/present/player';
import { LANGS } from '../../../src/i18n';

describe('stories', () => {
  it('the default story walks through Hedemora in eight stages, every caption in both languages', () => {
    const s = defaultStory({ sv: LANGS.sv.present.captions, en: LANGS.en.present.captions });
    expect(s).toHaveLength(8);
    expect(LANGS.sv.present.captions).toHaveLength(8);
    expect(LANGS.en.present.captions).toHaveLength(8);
    // A stage with a plan whose line visibly bends (issue 25), and one with what decides the answer (issue 23).
    expect(s.map((x) => x.view)).toEqual([
      'halving',
      'cohort',
      'contrib',
      'curve',
      'halving',
      'chance',
      'costs',
      'sensitivity',
    ]);
    expect(s[4].query).toContain('effects=studies');
    for (const st of s) {
      expect(st.query).toContain('m=hedemora');
      expect(st.caption.sv.length).toBeGreaterThan(10);
      expect(st.caption.en.length).toBeGreaterThan(10);
    }
  });
  it('reads a short JSON story; a caption may be one text for both languages', () => {
    const { stages, notes } = parseStory('[{"q":"mv=3&p=nacka","v":"costs","c":"Hej"}]');
    expect(notes).toEqual([]);
    expect(stages).toEqual([{ query: 'mv=3&p=nacka', view: 'costs', caption: { sv: 'Hej', en: 'Hej' } }]);
  });
  it('bad JSON, an empty list or a non-object gives notes; bad stage queries are noted per stage', () => {
    expect(parseStory('{nope').stages).toBeNull();
    expect(parseStory('[]').stages).toBeNull();
    const { stages, notes } = parseStory({ stages: [{ q: 'mv=3&p=bogus', caption: { sv: 'a' } }, 42] });
    expect(stages).toHaveLength(1);
    expect(notes.map((n) => n.key)).toEqual(['story.1.p', 'story.2']);
  });
  it('an unknown view falls back to the halving chart', () => {
    expect(resolveView('sankey')).toBe('halving');
    expect(resolveView('curve')).toBe('curve');
    expect(resolveView('chance')).toBe('chance');
  });
});

describe('the presenter', () => {
  it('keys: → PageDown next, ← PageUp back, Enter reveals, space plays', () => {
    expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Enter', ' ', 'a'].map(presenterKey)).toEqual([
      'next',
      'next',
      'prev',
      'prev',
      'reveal',
      'play',
      null,
    ]);
  });
  it('plays one step a year over about 4 s; reduced motion jumps to the end', () => {
    vi.useFakeTimers();
    const steps: number[] = [];
    playYears(20, (i) => steps.push(i));
    vi.advanceTimersByTime(4000);
    expect(steps).toEqual(Array.from({ length: 20 }, (_, i) => i));
    vi.useRealTimers();
    const end: [number, boolean][] = [];
    playYears(20, (i, done) => end.push([i, done]), { reduced: true });
    expect(end).toEqual([[19, true]]);
  });
});

describe('the bundled story (issue 25)', () => {
  it('every stage opens as a current link: no note', () => {
    const stages = defaultStory({ sv: [], en: [] });
    expect(stages.length).toBeGreaterThan(0);
    for (const s of stages) expect(decodeLink(s.query).notes, s.query).toEqual([]);
  });
});

describe('storySource', () => {
  it('a story in the link is itself; a name is fetched from public/stories, escaped; a failed fetch gives null', async () => {
    const asked: string[] = [];
    const ok = (async (u: string) => {
      asked.push(u);
      return new Response('{"stages":[]}', { status: 200 });
    }) as typeof fetch;
    expect(await storySource('[{"q":""}]', ok)).toBe('[{"q":""}]');
    expect(await storySource('hedemora', ok)).toEqual({ stages: [] });
    await storySource('../x?y', ok);
    expect(asked).toEqual(['./stories/hedemora.json', './stories/..%2Fx%3Fy.json']);
    const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
    expect(await storySource('nope', missing)).toBeNull();
    const down = (async () => Promise.reject(new Error('offline'))) as typeof fetch;
    expect(await storySource('nope', down)).toBeNull();
  });
});
