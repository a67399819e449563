/**
 * The municipality search (issue 24): the municipalities the page offers (presets with figures, all of Sweden and
 * "Min kommun"), matched by name as typed, without regard to case or accents ("gote" finds Göteborg), names that
 * begin with the text first. Pure, so it is tested without a browser.
 */
import { LANGS, type Lang } from '../../i18n';
import { ALL_MUNICIPALITIES, type MunicipalityName } from '../../model/presets';

export interface SearchOption {
  id: MunicipalityName;
  name: string;
}

/** Lower case without accents (å, ä, ö → a, a, o), for matching only. */
export const fold = (s: string) =>
  s
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim();

/** The options offered (edited figures, "custom", is a state, not a choice). */
export function offered(lang: Lang): SearchOption[] {
  const names = LANGS[lang].controls.municipalities;
  return ALL_MUNICIPALITIES.filter((m) => m !== 'custom').map((id) => ({ id, name: names[id] }));
}

/** The options whose name (or one of its words) matches `query`; all of them for an empty query. */
export function searchMunicipalities(query: string, lang: Lang): SearchOption[] {
  const q = fold(query);
  const all = offered(lang);
  if (!q) return all;
  const starts = all.filter(
    (o) =>
      fold(o.name).startsWith(q) ||
      fold(o.name)
        .split(/[\s(]+/)
        .some((w) => w.startsWith(q)),
  );
  const contains = all.filter((o) => !starts.includes(o) && fold(o.name).includes(q));
  return [...starts, ...contains];
}
