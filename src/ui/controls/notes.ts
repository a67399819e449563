/** The sentences for the problems found in a link, in the page's language. Shown as text, never as HTML. */
import { LANGS, type Lang } from '../../i18n';
import { PARAM_BY_KEY } from '../../model/params';
import type { LinkNote } from '../../state/link';

/** A readable name for a link key: the control's label with the key as written in the link, else the key. */
export function keyLabel(key: string, lang: Lang): string {
  const linkKeys: Record<string, string> = LANGS[lang].controls.linkKeys;
  const label = Object.hasOwn(PARAM_BY_KEY, key)
    ? LANGS[lang].controls.params[key as keyof typeof PARAM_BY_KEY]
    : Object.hasOwn(linkKeys, key)
      ? linkKeys[key]
      : null;
  return label ? `${label} (${key})` : key;
}

export function noteText(note: LinkNote, lang: Lang): string {
  const t = LANGS[lang].controls.notes;
  const key = keyLabel(note.key, lang);
  const used = note.used ?? '';
  switch (note.kind) {
    case 'clamped':
      return t.clamped(key, note.raw, used);
    case 'invalid':
      return t.invalid(key, note.raw, used);
    case 'unknown':
      return t.unknown(key, note.raw);
    case 'version':
      return t.version(note.raw, used);
    case 'target':
      return t.target(key, note.raw, used);
    case 'empty':
      return t.empty(key);
    case 'model':
      return t.model(note.raw, used);
    case 'cut':
      return t.cut(note.raw, used);
    case 'more':
      return t.more(note.raw);
  }
}
