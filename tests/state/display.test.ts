import { describe, expect, it } from 'vitest';
import { decodeDisplay, defaultDisplay, encodeDisplay, parseOrigin } from '../../src/state/display';
import { decodeLink } from '../../src/state/link';

describe('display options in the link', () => {
  it('defaults: halving chart, no controls, no extra origins, not presenting, stage 1, results shown', () => {
    expect(decodeDisplay('')).toEqual({ display: defaultDisplay(), notes: [] });
  });
  it('round-trips every key', () => {
    const q = 'chart=costs&controls=plan&origins=https%3A%2F%2Fa.example&present=1&stage=3&story=hedemora&reveal=0';
    const { display, notes } = decodeDisplay(q);
    expect(notes).toEqual([]);
    expect(display).toEqual({
      chart: 'costs',
      controls: 'plan',
      origins: ['https://a.example'],
      present: true,
      stage: 2,
      story: 'hedemora',
      reveal: false,
    });
    expect(decodeDisplay(encodeDisplay(display)).display).toEqual(display);
  });
  it('hostile values become notes and the defaults are used', () => {
    const { display, notes } = decodeDisplay(
      'chart=<svg>&controls=everything&origins=javascript:alert(1),https://a.example/path&stage=0&reveal=maybe&story=../../etc',
    );
    expect(display).toEqual(defaultDisplay());
    expect(notes.map((n) => n.key)).toEqual(['chart', 'controls', 'origins', 'origins', 'stage', 'reveal', 'story']);
  });
  it('keeps at most five origins', () => {
    const list = Array.from({ length: 7 }, (_, i) => `https://h${i}.example`).join(',');
    expect(decodeDisplay(`origins=${encodeURIComponent(list)}`).display.origins).toHaveLength(5);
  });
  it('parseOrigin takes an origin with or without a trailing slash, nothing more', () => {
    expect(parseOrigin('https://kommun.se')).toBe('https://kommun.se');
    expect(parseOrigin('https://kommun.se/')).toBe('https://kommun.se');
    expect(parseOrigin('https://kommun.se/x')).toBeNull();
    expect(parseOrigin('ftp://kommun.se')).toBeNull();
  });
  it('the scenario link does not call the display keys unknown', () => {
    expect(decodeLink('embed=1&chart=cohort&present=1&stage=2').notes).toEqual([]);
  });
});
