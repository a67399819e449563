import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n';
import { ABOUT_SOURCES } from '../../src/i18n/sv/about';
import { CITATIONS } from '../../src/model/evidence';

describe('the page about the model', () => {
  it('has the same sections in both languages, each with text', () => {
    const { sv, en } = LANGS;
    expect(en.about.sections).toHaveLength(sv.about.sections.length);
    sv.about.sections.forEach((s, i) => {
      expect(en.about.sections[i].paragraphs).toHaveLength(s.paragraphs.length);
      for (const p of [...s.paragraphs, ...en.about.sections[i].paragraphs]) expect(p.length).toBeGreaterThan(40);
    });
  });

  it('explains försiktiga and som i studierna, and effect sizes', () => {
    const text = LANGS.sv.about.sections.map((s) => s.heading + s.paragraphs.join(' ')).join(' ');
    for (const word of ['Försiktiga', 'som i studierna', 'effektstorlek', 'lämnar utanför'])
      expect(text).toContain(word);
  });

  it('cites registered documents as a reader finds them, never as file names', () => {
    for (const id of ABOUT_SOURCES) expect(id in CITATIONS).toBe(true);
    for (const lang of Object.values(LANGS)) {
      expect(lang.about.sources).toHaveLength(ABOUT_SOURCES.length);
      for (const s of lang.about.sources) expect(s).not.toMatch(/\.txt|[0-9a-f]{16}/);
    }
  });
});
