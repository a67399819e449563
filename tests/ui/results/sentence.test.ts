import { describe, expect, it } from 'vitest';
import { sv, en } from '../../../src/i18n';
import { formatters } from '../../../src/ui/format';
import { announced, chancePct, frequencyWording, resultSentence } from '../../../src/ui/results/sentence';
import { fixture } from '../fixtures';

const t = sv.charts;

describe('frequencyWording(p)', () => {
  it('rounds the probability to tenths: 0.683 is "i 7 av 10"', () => {
    expect(frequencyWording(0.683, t)).toBe('i 7 av 10 simulerade framtider');
    expect(frequencyWording(0.649, t)).toBe('i 6 av 10 simulerade framtider');
    expect(frequencyWording(0.65, t)).toBe('i 7 av 10 simulerade framtider');
    expect(frequencyWording(0.05, t)).toBe('i 1 av 10 simulerade framtider');
  });
  it('never says 0 of 10 for a chance above zero, nor 10 of 10 for one below certainty', () => {
    expect(frequencyWording(0.04, t)).toBe(t.chanceFreqNone);
    expect(frequencyWording(0.96, t)).toBe(t.chanceFreqAlmostAll);
    expect(frequencyWording(0, t)).toBe(t.chanceFreqZero);
    expect(frequencyWording(1, t)).toBe(t.chanceFreqAll);
  });
  it('speaks English too', () => {
    expect(frequencyWording(0.31, en.charts)).toBe('in 3 of 10 simulated futures');
  });
});

describe('chancePct(p)', () => {
  const fmt = formatters('sv');
  it('shows the percent the Swedish way, never 0 % or 100 % for an uncertain chance', () => {
    expect(chancePct(fmt, 0.683)).toBe('68\u00a0%');
    expect(chancePct(fmt, 0.001)).toBe('< 1\u00a0%');
    expect(chancePct(fmt, 0.999)).toBe('> 99\u00a0%');
    expect(chancePct(fmt, 1)).toBe('100\u00a0%');
  });
});

describe('resultSentence(result, lang)', () => {
  it('says the median in the target year, the baseline, the target and the chance (Hedemora)', () => {
    const r = fixture('hedemora');
    const s = resultSentence(r, 'sv');
    const i = r.years.indexOf(r.halving.targetYear);
    expect(s).toContain(`omkring ${formatters('sv').num(r.atRisk.p50[i], 1)} barn`);
    expect(s).toContain(`år ${r.halving.targetYear}`);
    expect(s).toContain(`mot ${formatters('sv').num(r.baseline.atRisk.mean[i])} utan satsning`);
    expect(s).toContain('i 7 av 10 simulerade framtider (68\u00a0%)');
  });

  it('formats thousands with a non-breaking space and reads "fewer than 1 in 10" (Sweden)', () => {
    const s = resultSentence(fixture('sweden'), 'sv');
    expect(s).toMatch(/omkring \d{1,3}\u00a0\d{3} barn/);
    expect(s).toContain('i färre än 1 av 10 simulerade framtider (4\u00a0%)');
  });

  it('changes with the result', () => {
    const a = fixture('hedemora');
    const b = fixture('hedemora');
    b.halving.probability = 0.31;
    expect(resultSentence(a, 'sv')).not.toBe(resultSentence(b, 'sv'));
    expect(resultSentence(b, 'sv')).toContain('i 3 av 10');
  });

  it('says only the baseline and the target when nothing is invested', () => {
    const r = fixture('hedemora');
    Object.assign(r.scenario, { detect: 0, parent: 0, firstline: 0, school: 0 });
    const s = resultSentence(r, 'sv');
    expect(s.startsWith('Utan satsning')).toBe(true);
    expect(s).not.toContain('av 10');
  });

  it('is English when asked', () => {
    expect(resultSentence(fixture('hedemora'), 'en')).toMatch(/^With this plan, about 8 children at risk/);
  });
});

describe('announced(shown, text, final)', () => {
  it('shows the first sentence at once, then keeps it through previews until a final result', () => {
    let shown = announced('', 'preview 1', false);
    expect(shown).toBe('preview 1');
    shown = announced(shown, 'preview 2', false);
    expect(shown).toBe('preview 1');
    shown = announced(shown, 'final', true);
    expect(shown).toBe('final');
  });
});
