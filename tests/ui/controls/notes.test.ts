import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../src/state/link';
import { keyLabel, noteText } from '../../../src/ui/controls/notes';

describe('noteText', () => {
  it('names every problem of a hostile link, in both languages, with the raw text kept as text', () => {
    const { notes } = decodeLink('?mv=3&births=NaN&baseRisk=-1&detect=1e99&lang=<script>alert(1)</script>&x=<b>hi</b>');
    expect(notes.map((n) => n.key).sort()).toEqual(['baseRisk', 'births', 'detect', 'lang', 'x']);
    for (const lang of ['sv', 'en'] as const) {
      const texts = notes.map((n) => noteText(n, lang));
      expect(texts.every((t) => t.length > 10)).toBe(true);
      expect(texts.join('\n')).toContain('<script>alert(1)</script>');
      expect(texts.join('\n')).toContain('<b>hi</b>');
    }
    const births = notes.find((n) => n.key === 'births')!;
    expect(noteText(births, 'sv')).toMatch(/^Barn per årskull \(births\): ”NaN”/);
    expect(noteText(births, 'en')).toMatch(/^Children per cohort \(births\): “NaN”/);
  });
  it('says which value is used instead of a clamped one', () => {
    const { notes } = decodeLink('?baseRisk=-1');
    expect(noteText(notes[0], 'en')).toContain('0.01 is used');
  });
  it('explains an unknown link version', () => {
    const { notes } = decodeLink('?v=99');
    expect(noteText(notes[0], 'sv')).toContain('”99”');
  });
});

describe('keyLabel', () => {
  it('labels parameters and link keys, and leaves unknown keys as written', () => {
    expect(keyLabel('seed', 'en')).toBe('Seed (seed)');
    expect(keyLabel('detect', 'sv')).toBe('Tidig upptäckt (detect)');
    expect(keyLabel('toString', 'sv')).toBe('toString');
    expect(keyLabel('__proto__', 'en')).toBe('__proto__');
  });
});
