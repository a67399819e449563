/**
 * The English texts, one object (typed by the Swedish one). Not imported by the page's first chunk: the
 * page loads it with `loadTexts('en')` (src/i18n/index.ts) when a link or the language switch asks for English.
 */
import type { Texts } from '../index';
import { CURVE_TEXTS } from '../curve';
import { app } from './app';
import { charts } from './charts';
import { controls } from './controls';
import { curve } from './curve';
import { money } from './money';
import { panels } from './panels';
import { chartsBelow } from './chartsBelow';
import { moneyBelow } from './moneyBelow';
import { present } from './present';

export const en: Texts = { app, controls, charts, money, present, panels, chartsBelow, moneyBelow };
// The curve's English texts live with the curve's chunk's table (i18n/curve.ts), filled in when English loads.
CURVE_TEXTS.en = curve;
