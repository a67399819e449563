/** Number, currency and percent formatting for the interface (sv-SE by default). Shared by all components. */
import { LOCALES, type Lang } from '../i18n';

export interface Formatters {
  locale: string;
  /** Whole or one-decimal numbers: "1 234,5". */
  num: (v: number, digits?: number) => string;
  /** Currency in SEK, compact for large amounts: "4,5 mnkr" / "SEK 4.5M". */
  sek: (v: number) => string;
  /** Share as percent: "13,3 %". */
  pct: (share: number, digits?: number) => string;
  /** Always millions with one decimal, for amounts side by side in one chart or table: "3,6 mnkr" / "SEK 3.6m". */
  mnkr: (v: number) => string;
}

const made = new Map<Lang, Formatters>();

/** The formatters for a language, made once (building an Intl.NumberFormat costs, and every render asks). */
export function formatters(lang: Lang): Formatters {
  let f = made.get(lang);
  if (!f) made.set(lang, (f = makeFormatters(lang)));
  return f;
}

function makeFormatters(lang: Lang): Formatters {
  const locale = LOCALES[lang];
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (o: Intl.NumberFormatOptions) => {
    const k = JSON.stringify(o);
    let f = cache.get(k);
    if (!f) cache.set(k, (f = new Intl.NumberFormat(locale, o)));
    return f;
  };
  return {
    locale,
    num: (v, digits = 0) => nf({ maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v),
    sek: (v) => {
      const a = Math.abs(v);
      if (lang === 'sv') {
        if (a >= 1e9) return `${nf({ maximumFractionDigits: 1 }).format(v / 1e9)} mdkr`;
        if (a >= 1e6) return `${nf({ maximumFractionDigits: 1 }).format(v / 1e6)} mnkr`;
        return `${nf({ maximumFractionDigits: 0 }).format(v)} kr`;
      }
      return nf({
        style: 'currency',
        currency: 'SEK',
        notation: a >= 1e6 ? 'compact' : 'standard',
        maximumFractionDigits: a >= 1e6 ? 1 : 0,
      }).format(v);
    },
    pct: (share, digits = 0) => nf({ style: 'percent', maximumFractionDigits: digits }).format(share),
    mnkr: (v) => {
      const n = nf({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v / 1e6);
      return lang === 'sv' ? `${n}\u00a0mnkr` : `SEK\u00a0${n}m`;
    },
  };
}
