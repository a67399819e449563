/**
 * Figures for the cash flows (issue 10): what exclusion and school failure cost, per year and per payer, each
 * with its source and how it was read. Data only.
 */
import type { CostFigure } from './shapes';

export const CASHFLOW_EVIDENCE: readonly CostFigure[] = [
  {
    what: 'lifetime cost of one person in exclusion, age 20–65 (Värmdö)',
    value: 1_181_250_000 / 75,
    unit: 'SEK per person over adult life',
    sources: ['varmdoMitti'],
    basis:
      '75 of 585 six-year-olds, together 1 181 250 000 SEK “fram till att de fyllt 65 år”: 15.75 MSEK each, undiscounted',
  },
  {
    what: 'municipality’s share of that cost (Värmdö)',
    value: 400_000_000 / 1_181_250_000,
    unit: 'share',
    sources: ['varmdoMitti'],
    basis: '“drygt 400 000 000 kronor skulle belasta Värmdö kommun” of 1 181 250 000: a little over 0.34',
  },
  {
    what: 'adult-life cost per person outside work and study',
    value: 12_500_000,
    unit: 'SEK per person over adult life',
    sources: ['nilssonLonsam'],
    basis: '“mellan tio och femton miljoner kronor” per person over adult life; the midpoint',
  },
  {
    what: 'yearly cost per young adult with complex problems (Jönköping)',
    value: 70_000_000 / 160,
    unit: 'SEK per person and year',
    sources: ['nilssonJonkoping'],
    basis:
      '160 persons up to about 30 years: “Kostnaderna för målgruppens utanförskap … uppgår årligen till cirka 70 Mkr”, about 440 000 SEK a person and year',
  },
  {
    what: 'loss per person without an upper-secondary exam at 24',
    value: 53_000_000_000 / 14_746,
    unit: 'SEK per person over adult life',
    sources: ['sanandajiHok2017'],
    basis:
      '53 billion SEK over working life for the 14 746 24-year-olds without an exam: about 3.6 MSEK each; “Hälften av förlusten drabbar enskilda och hälften drabbar det offentliga genom förlorade skatteintäkter”',
  },
  {
    what: 'public share of the loss from school failure',
    value: 0.5,
    unit: 'share',
    sources: ['sanandajiHok2017'],
    basis: 'half on individuals (lower income), half on the public sector (lost taxes)',
  },
  {
    what: 'extra support a pupil with special needs goes without',
    value: 37_500,
    unit: 'SEK per pupil',
    sources: ['skolvarldenNilsson'],
    basis:
      'Ingvar Nilsson: municipalities often do not spend “de 25 000–50 000 kronor extra” on such pupils; the midpoint',
  },
];
